/** Users, roles, passwords, sessions and API tokens. */
export { type Actor, type UserActor, systemActor, isStaff, isCustomer, ROLES, STAFF_ROLES } from "./actor.js";
export { createUser, type CreateUserInput } from "./create-user.js";
export { updateUser, changeOwnPassword } from "./update-user.js";
export { login, logout, authenticateSession, authenticateToken, createApiToken, type Authenticated } from "./sessions.js";
export { findUserByEmail, findUserById } from "./users.repository.js";
export { presentUser, type UserView } from "./user.presenter.js";
export { authRoutes } from "./auth.routes.js";
export { listApiTokens, revokeApiToken } from "./api-tokens.js";
export { SESSION_COOKIE, actorOf, authenticateRequest, callerResolver } from "./request-caller.js";
