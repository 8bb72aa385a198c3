/**
 * The casedesk HTTP API as TypeScript types, generated from the server's OpenAPI document by
 * openapi-typescript. Do not edit: change the server's zod schemas and run `npm run gen:api`
 * (test/api-types.test.ts fails while this file and the server disagree).
 */

export interface paths {
    "/api/v1/admin/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The notification outbox by status (default: dead); admins and managers */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "sending" | "sent" | "dead";
                    channel?: "email" | "sms" | "inapp";
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                attempts: number;
                                caseId: string | null;
                                /** @enum {string} */
                                channel: "email" | "sms" | "inapp";
                                createdAt: string;
                                id: string;
                                key: string;
                                /** @enum {string} */
                                language: "zh-CN" | "en";
                                lastError: string | null;
                                nextAttemptAt: string;
                                params: {
                                    [key: string]: unknown;
                                };
                                readAt: string | null;
                                sentAt: string | null;
                                /** @enum {string} */
                                status: "pending" | "sending" | "sent" | "dead";
                                template: string;
                                toAddress: string | null;
                                userId: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/outbox/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a dead-lettered notification again now */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            caseId: string | null;
                            /** @enum {string} */
                            channel: "email" | "sms" | "inapp";
                            createdAt: string;
                            id: string;
                            key: string;
                            /** @enum {string} */
                            language: "zh-CN" | "en";
                            lastError: string | null;
                            nextAttemptAt: string;
                            params: {
                                [key: string]: unknown;
                            };
                            readAt: string | null;
                            sentAt: string | null;
                            /** @enum {string} */
                            status: "pending" | "sending" | "sent" | "dead";
                            template: string;
                            toAddress: string | null;
                            userId: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/timers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Durable timers by status (default: failed); admins and managers */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "fired" | "cancelled" | "failed";
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                attempts: number;
                                cancelledAt: string | null;
                                createdAt: string;
                                dueAt: string;
                                firedAt: string | null;
                                id: string;
                                key: string;
                                kind: string;
                                lastError: string | null;
                                payload: {
                                    [key: string]: unknown;
                                };
                                /** @enum {string} */
                                status: "pending" | "fired" | "cancelled" | "failed";
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/admin/timers/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a failed timer again now */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attempts: number;
                            cancelledAt: string | null;
                            createdAt: string;
                            dueAt: string;
                            firedAt: string | null;
                            id: string;
                            key: string;
                            kind: string;
                            lastError: string | null;
                            payload: {
                                [key: string]: unknown;
                            };
                            /** @enum {string} */
                            status: "pending" | "fired" | "cancelled" | "failed";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an attachment
         * @description Always a download (Content-Disposition: attachment), with X-Content-Type-Options: nosniff and Content-Security-Policy: sandbox; images, PDF, TIFF and plain text keep their type, everything else is application/octet-stream.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in; sets the session cookie */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string | null;
                            user: {
                                createdAt: string;
                                customerId: string | null;
                                email: string;
                                id: string;
                                isActive: boolean;
                                /** @enum {string} */
                                language: "zh-CN" | "en";
                                name: string;
                                phone: string | null;
                                /** @enum {string} */
                                role: "dispatcher" | "engineer" | "expert" | "rma_admin" | "manager" | "admin" | "customer";
                                updatedAt: string;
                                version: number;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user and the CSRF token */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string | null;
                            user: {
                                createdAt: string;
                                customerId: string | null;
                                email: string;
                                id: string;
                                isActive: boolean;
                                /** @enum {string} */
                                language: "zh-CN" | "en";
                                name: string;
                                phone: string | null;
                                /** @enum {string} */
                                role: "dispatcher" | "engineer" | "expert" | "rma_admin" | "manager" | "admin" | "customer";
                                updatedAt: string;
                                version: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your own password (ends your sessions) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your API tokens (admins: everyone's with ?all=true); never the tokens themselves */
        get: {
            parameters: {
                query?: {
                    all?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                id: string;
                                /** @description to the hour */
                                lastUsedAt: string | null;
                                name: string;
                                revokedAt: string | null;
                                scope: ("pbx" | "monitoring") | null;
                                userEmail: string;
                                userId: string;
                                userName: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Mint an API token for yourself (shown once) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @enum {string} */
                        scope?: "pbx" | "monitoring";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            id: string;
                            token: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token at once (yours; admins: any, the PBX's too) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            id: string;
                            /** @description to the hour */
                            lastUsedAt: string | null;
                            name: string;
                            revokedAt: string | null;
                            scope: ("pbx" | "monitoring") | null;
                            userEmail: string;
                            userId: string;
                            userName: string;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List business calendars */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                id: string;
                                makeUpHours: {
                                    end: string;
                                    start: string;
                                }[] | null;
                                name: string;
                                timeZone: string;
                                updatedAt: string;
                                version: number;
                                weekly: {
                                    day: number;
                                    end: string;
                                    start: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a business calendar (time zone and weekly windows) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        makeUpHours?: {
                            end: string;
                            start: string;
                        }[] | null;
                        name: string;
                        timeZone: string;
                        weekly: {
                            /** @enum {number} */
                            day: 1 | 2 | 3 | 4 | 5 | 6 | 7;
                            end: string;
                            start: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            id: string;
                            makeUpHours: {
                                end: string;
                                start: string;
                            }[] | null;
                            name: string;
                            timeZone: string;
                            updatedAt: string;
                            version: number;
                            weekly: {
                                day: number;
                                end: string;
                                start: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendars/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A calendar and the years of holidays it has */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            id: string;
                            makeUpHours: {
                                end: string;
                                start: string;
                            }[] | null;
                            name: string;
                            timeZone: string;
                            updatedAt: string;
                            version: number;
                            weekly: {
                                day: number;
                                end: string;
                                start: string;
                            }[];
                            years: {
                                holidays: number;
                                workdays: number;
                                year: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a calendar's name, time zone or windows */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        makeUpHours?: {
                            end: string;
                            start: string;
                        }[] | null;
                        name?: string;
                        timeZone?: string;
                        version?: number;
                        weekly?: {
                            /** @enum {number} */
                            day: 1 | 2 | 3 | 4 | 5 | 6 | 7;
                            end: string;
                            start: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            id: string;
                            makeUpHours: {
                                end: string;
                                start: string;
                            }[] | null;
                            name: string;
                            timeZone: string;
                            updatedAt: string;
                            version: number;
                            weekly: {
                                day: number;
                                end: string;
                                start: string;
                            }[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/calendars/{id}/years/{year}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One year's holidays and make-up working days */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    year: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            calendarId: string;
                            holidays: {
                                date: string;
                                name: string;
                            }[];
                            version: number;
                            workdays: {
                                date: string;
                                name: string;
                            }[];
                            year: number;
                        };
                    };
                };
            };
        };
        /** Replace one year's holidays and make-up working days (调休) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    year: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        holidays: {
                            date: string;
                            name: string;
                        }[];
                        workdays: {
                            date: string;
                            name: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            calendarId: string;
                            holidays: {
                                date: string;
                                name: string;
                            }[];
                            version: number;
                            workdays: {
                                date: string;
                                name: string;
                            }[];
                            year: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/callers/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is calling: contacts by phone (any Chinese format) or e-mail */
        get: {
            parameters: {
                query?: {
                    phone?: string;
                    email?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contacts: {
                                address: string | null;
                                createdAt: string;
                                customerId: string;
                                customerName: string;
                                email: string | null;
                                id: string;
                                isDesignated: boolean;
                                mobile: string | null;
                                mobileNormalized: string | null;
                                name: string;
                                phone: string | null;
                                phoneNormalized: string | null;
                                title: string | null;
                                updatedAt: string;
                                version: number;
                            }[];
                            contracts: {
                                calendarId: string | null;
                                contractNo: string;
                                customerId: string;
                                endsOn: string | null;
                                equipment: {
                                    contractId: string;
                                    description: string | null;
                                    id: string;
                                    model: string;
                                    serial: string | null;
                                    siteId: string | null;
                                    vendor: string;
                                    version: number;
                                    warrantyEndsOn: string | null;
                                }[];
                                id: string;
                                serviceHours: string;
                                siteIds: string[];
                                startsOn: string | null;
                                targets: {
                                    [key: string]: {
                                        resolutionMinutes: number;
                                        responseMinutes: number;
                                    };
                                };
                                title: string | null;
                                version: number;
                            }[];
                            normalizedPhone: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/case-confirmations/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a confirmation link is about (no sign-in) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            caseNumber: string;
                            expiresAt: string;
                            isUsable: boolean;
                            resolution: string | null;
                            status: string;
                            subject: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Answer through the e-mailed link (one use) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accepted: boolean;
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            caseNumber: string;
                            status: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/case-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every case type: code, Chinese and English name, active (inactive ones last) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                isActive: boolean;
                                nameEn: string;
                                nameZh: string;
                                updatedAt: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a case type (admins; a code already listed is 409) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        isActive?: boolean;
                        nameEn: string;
                        nameZh: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            isActive: boolean;
                            nameEn: string;
                            nameZh: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/case-types/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename or (de)activate a case type (admins; If-Match or version, 409 when stale) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        isActive?: boolean;
                        nameEn?: string;
                        nameZh?: string;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            isActive: boolean;
                            nameEn: string;
                            nameZh: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find cases (filters, Chinese/English full text, keyset pages) */
        get: {
            parameters: {
                query?: {
                    vendor?: string[];
                    caseType?: string[];
                    status?: ("new" | "assigned" | "in_progress" | "escalated" | "waiting_customer" | "waiting_vendor" | "waiting_parts" | "resolved" | "closed")[];
                    priority?: ("P1" | "P2" | "P3" | "P4")[];
                    faultLevel?: ("S1" | "S2" | "S3" | "S4")[];
                    customerId?: string;
                    assigneeId?: string;
                    expertId?: string;
                    createdFrom?: string;
                    createdTo?: string;
                    closedFrom?: string;
                    closedTo?: string;
                    q?: string;
                    sort?: "-createdAt" | "createdAt" | "-updatedAt" | "updatedAt" | "-closedAt" | "closedAt";
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                assigneeId: string | null;
                                assigneeName: string | null;
                                caller: {
                                    address: string | null;
                                    company: string | null;
                                    contractNo: string | null;
                                    email: string | null;
                                    name: string;
                                    phone: string | null;
                                };
                                caseType: string;
                                /** @enum {string} */
                                channel: "phone" | "email" | "web" | "fax";
                                closedAt: string | null;
                                contactId: string | null;
                                contractEndsOn: string | null;
                                contractExpired: boolean;
                                contractId: string | null;
                                createdAt: string;
                                createdBy: string | null;
                                customerId: string | null;
                                customerName: string | null;
                                description: string;
                                equipmentId: string | null;
                                expertId: string | null;
                                /** @enum {string} */
                                faultLevel: "S1" | "S2" | "S3" | "S4";
                                id: string;
                                number: string;
                                /** @enum {string} */
                                priority: "P1" | "P2" | "P3" | "P4";
                                resolution: string | null;
                                resolutionCycle: number;
                                resolvedAt: string | null;
                                respondedAt: string | null;
                                responseCycle: number;
                                rmaRequestedAt: string | null;
                                siteId: string | null;
                                /** @enum {string} */
                                status: "new" | "assigned" | "in_progress" | "escalated" | "waiting_customer" | "waiting_vendor" | "waiting_parts" | "resolved" | "closed";
                                subject: string;
                                updatedAt: string;
                                vendor: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Open a case */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        caller?: {
                            address?: string | null;
                            company?: string | null;
                            contractNo?: string | null;
                            email?: string | null;
                            name: string;
                            phone?: string | null;
                        };
                        caseType: string;
                        /** @enum {string} */
                        channel: "phone" | "email" | "web" | "fax";
                        /** Format: uuid */
                        contactId?: string;
                        description?: string;
                        /** Format: uuid */
                        equipmentId?: string;
                        /** @enum {string} */
                        faultLevel: "S1" | "S2" | "S3" | "S4";
                        /** @enum {string} */
                        priority?: "P1" | "P2" | "P3" | "P4";
                        /** Format: uuid */
                        siteId?: string;
                        subject: string;
                        vendor: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assigneeId: string | null;
                            assigneeName: string | null;
                            caller: {
                                address: string | null;
                                company: string | null;
                                contractNo: string | null;
                                email: string | null;
                                name: string;
                                phone: string | null;
                            };
                            caseType: string;
                            /** @enum {string} */
                            channel: "phone" | "email" | "web" | "fax";
                            closedAt: string | null;
                            contactId: string | null;
                            contractEndsOn: string | null;
                            contractExpired: boolean;
                            contractId: string | null;
                            createdAt: string;
                            createdBy: string | null;
                            customerId: string | null;
                            customerName: string | null;
                            description: string;
                            equipmentId: string | null;
                            expertId: string | null;
                            /** @enum {string} */
                            faultLevel: "S1" | "S2" | "S3" | "S4";
                            id: string;
                            number: string;
                            /** @enum {string} */
                            priority: "P1" | "P2" | "P3" | "P4";
                            resolution: string | null;
                            resolutionCycle: number;
                            resolvedAt: string | null;
                            respondedAt: string | null;
                            responseCycle: number;
                            rmaRequestedAt: string | null;
                            siteId: string | null;
                            /** @enum {string} */
                            status: "new" | "assigned" | "in_progress" | "escalated" | "waiting_customer" | "waiting_vendor" | "waiting_parts" | "resolved" | "closed";
                            subject: string;
                            updatedAt: string;
                            vendor: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export a case search as CSV (same filters as GET /cases; at most EXPORT_MAX_ROWS rows) */
        get: {
            parameters: {
                query?: {
                    vendor?: string[];
                    caseType?: string[];
                    status?: ("new" | "assigned" | "in_progress" | "escalated" | "waiting_customer" | "waiting_vendor" | "waiting_parts" | "resolved" | "closed")[];
                    priority?: ("P1" | "P2" | "P3" | "P4")[];
                    faultLevel?: ("S1" | "S2" | "S3" | "S4")[];
                    customerId?: string;
                    assigneeId?: string;
                    expertId?: string;
                    createdFrom?: string;
                    createdTo?: string;
                    closedFrom?: string;
                    closedTo?: string;
                    q?: string;
                    sort?: "-createdAt" | "createdAt" | "-updatedAt" | "updatedAt" | "-closedAt" | "closedAt";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export a case search as an Excel workbook (same filters as GET /cases; at most EXPORT_MAX_ROWS rows) */
        get: {
            parameters: {
                query?: {
                    vendor?: string[];
                    caseType?: string[];
                    status?: ("new" | "assigned" | "in_progress" | "escalated" | "waiting_customer" | "waiting_vendor" | "waiting_parts" | "resolved" | "closed")[];
                    priority?: ("P1" | "P2" | "P3" | "P4")[];
                    faultLevel?: ("S1" | "S2" | "S3" | "S4")[];
                    customerId?: string;
                    assigneeId?: string;
                    expertId?: string;
                    createdFrom?: string;
                    createdTo?: string;
                    closedFrom?: string;
                    closedTo?: string;
                    q?: string;
                    sort?: "-createdAt" | "createdAt" | "-updatedAt" | "updatedAt" | "-closedAt" | "closedAt";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/with-attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open a case with files
         * @description multipart/form-data; files in parts named `file` (repeatable, at most 10); text field `case`: the JSON body of POST /cases. The files belong to the (public) opening entry.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        case: {
                            caller?: {
                                address?: string | null;
                                company?: string | null;
                                contractNo?: string | null;
                                /** Format: email */
                                email?: string | null;
                                name: string;
                                phone?: string | null;
                            };
                            caseType: string;
                            /** @enum {string} */
                            channel: "phone" | "email" | "web" | "fax";
                            /** Format: uuid */
                            contactId?: string;
                            description?: string;
                            /** Format: uuid */
                            equipmentId?: string;
                            /** @enum {string} */
                            faultLevel: "S1" | "S2" | "S3" | "S4";
                            /** @enum {string} */
                            priority?: "P1" | "P2" | "P3" | "P4";
                            /** Format: uuid */
                            siteId?: string;
                            subject: string;
                            vendor: string;
                        };
                        /** @description the files (repeat the part) */
                        file: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assigneeId: string | null;
                            assigneeName: string | null;
                            attachments: {
                                activityId: string;
                                caseId: string;
                                contentType: string;
                                createdAt: string;
                                declaredType: string | null;
                                downloadUrl: string;
                                filename: string;
                                filenameAdjustments?: string[];
                                id: string;
                                sha256: string;
                                sizeBytes: number;
                                uploadedBy: string | null;
                                /** @enum {string} */
                                visibility: "public" | "internal";
                            }[];
                            caller: {
                                address: string | null;
                                company: string | null;
                                contractNo: string | null;
                                email: string | null;
                                name: string;
                                phone: string | null;
                            };
                            caseType: string;
                            /** @enum {string} */
                            channel: "phone" | "email" | "web" | "fax";
                            closedAt: string | null;
                            contactId: string | null;
                            contractEndsOn: string | null;
                            contractExpired: boolean;
                            contractId: string | null;
                            createdAt: string;
                            createdBy: string | null;
                            customerId: string | null;
                            customerName: string | null;
                            description: string;
                            equipmentId: string | null;
                            expertId: string | null;
                            /** @enum {string} */
                            faultLevel: "S1" | "S2" | "S3" | "S4";
                            id: string;
                            number: string;
                            /** @enum {string} */
                            priority: "P1" | "P2" | "P3" | "P4";
                            resolution: string | null;
                            resolutionCycle: number;
                            resolvedAt: string | null;
                            respondedAt: string | null;
                            responseCycle: number;
                            rmaRequestedAt: string | null;
                            siteId: string | null;
                            /** @enum {string} */
                            status: "new" | "assigned" | "in_progress" | "escalated" | "waiting_customer" | "waiting_vendor" | "waiting_parts" | "resolved" | "closed";
                            subject: string;
                            updatedAt: string;
                            vendor: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/workload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open cases by status and by assignee (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            byAssignee: {
                                assigneeId: string | null;
                                assigneeName: string | null;
                                assigneeRole: string | null;
                                count: number;
                            }[];
                            byStatus: {
                                count: number;
                                /** @enum {string} */
                                status: "new" | "assigned" | "in_progress" | "escalated" | "waiting_customer" | "waiting_vendor" | "waiting_parts" | "resolved" | "closed";
                            }[];
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A case by id or number */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assigneeId: string | null;
                            assigneeName: string | null;
                            caller: {
                                address: string | null;
                                company: string | null;
                                contractNo: string | null;
                                email: string | null;
                                name: string;
                                phone: string | null;
                            };
                            caseType: string;
                            /** @enum {string} */
                            channel: "phone" | "email" | "web" | "fax";
                            closedAt: string | null;
                            contactId: string | null;
                            contractEndsOn: string | null;
                            contractExpired: boolean;
                            contractId: string | null;
                            createdAt: string;
                            createdBy: string | null;
                            customerId: string | null;
                            customerName: string | null;
                            description: string;
                            equipmentId: string | null;
                            expertId: string | null;
                            /** @enum {string} */
                            faultLevel: "S1" | "S2" | "S3" | "S4";
                            id: string;
                            number: string;
                            /** @enum {string} */
                            priority: "P1" | "P2" | "P3" | "P4";
                            resolution: string | null;
                            resolutionCycle: number;
                            resolvedAt: string | null;
                            respondedAt: string | null;
                            responseCycle: number;
                            rmaRequestedAt: string | null;
                            siteId: string | null;
                            /** @enum {string} */
                            status: "new" | "assigned" | "in_progress" | "escalated" | "waiting_customer" | "waiting_vendor" | "waiting_parts" | "resolved" | "closed";
                            subject: string;
                            updatedAt: string;
                            vendor: string;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change subject, description, vendor, type, fault level or priority */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        caseType?: string;
                        description?: string;
                        /** @enum {string} */
                        faultLevel?: "S1" | "S2" | "S3" | "S4";
                        /** @enum {string} */
                        priority?: "P1" | "P2" | "P3" | "P4";
                        subject?: string;
                        vendor?: string;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assigneeId: string | null;
                            assigneeName: string | null;
                            caller: {
                                address: string | null;
                                company: string | null;
                                contractNo: string | null;
                                email: string | null;
                                name: string;
                                phone: string | null;
                            };
                            caseType: string;
                            /** @enum {string} */
                            channel: "phone" | "email" | "web" | "fax";
                            closedAt: string | null;
                            contactId: string | null;
                            contractEndsOn: string | null;
                            contractExpired: boolean;
                            contractId: string | null;
                            createdAt: string;
                            createdBy: string | null;
                            customerId: string | null;
                            customerName: string | null;
                            description: string;
                            equipmentId: string | null;
                            expertId: string | null;
                            /** @enum {string} */
                            faultLevel: "S1" | "S2" | "S3" | "S4";
                            id: string;
                            number: string;
                            /** @enum {string} */
                            priority: "P1" | "P2" | "P3" | "P4";
                            resolution: string | null;
                            resolutionCycle: number;
                            resolvedAt: string | null;
                            respondedAt: string | null;
                            responseCycle: number;
                            rmaRequestedAt: string | null;
                            siteId: string | null;
                            /** @enum {string} */
                            status: "new" | "assigned" | "in_progress" | "escalated" | "waiting_customer" | "waiting_vendor" | "waiting_parts" | "resolved" | "closed";
                            subject: string;
                            updatedAt: string;
                            vendor: string;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/cases/{id}/activities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The append-only activity log, oldest first */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                actor: {
                                    id: string;
                                    name: string | null;
                                    role: string | null;
                                } | null;
                                at: string;
                                correctsId: string | null;
                                data: {
                                    [key: string]: unknown;
                                };
                                hash: string;
                                id: string;
                                kind: string;
                                prevHash: string | null;
                                seq: number;
                                /** @enum {string} */
                                visibility: "public" | "internal";
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Record a call, remote session or on-site visit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        direction: "inbound" | "outbound";
                        durationSeconds: number;
                        number?: string | null;
                        summary: string;
                        /** @enum {string} */
                        type: "call";
                        /** @enum {string} */
                        visibility?: "public" | "internal";
                    } | {
                        /** Format: date-time */
                        endedAt: string;
                        /** Format: date-time */
                        startedAt: string;
                        summary: string;
                        tool?: string | null;
                        /** @enum {string} */
                        type: "remote_session";
                        /** @enum {string} */
                        visibility?: "public" | "internal";
                    } | {
                        /** Format: date-time */
                        arrivedAt: string;
                        departedAt?: string | null;
                        engineerId?: string | null;
                        siteId?: string | null;
                        /** @enum {string} */
                        type: "onsite_visit";
                        /** @enum {string} */
                        visibility?: "public" | "internal";
                        workDone: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actor: {
                                id: string;
                                name: string | null;
                                role: string | null;
                            } | null;
                            at: string;
                            correctsId: string | null;
                            data: {
                                [key: string]: unknown;
                            };
                            hash: string;
                            id: string;
                            kind: string;
                            prevHash: string | null;
                            seq: number;
                            /** @enum {string} */
                            visibility: "public" | "internal";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/activities/{entryId}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct an entry with a new one that points at it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    entryId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body?: string;
                        fields?: {
                            [key: string]: string | number | boolean | null;
                        };
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actor: {
                                id: string;
                                name: string | null;
                                role: string | null;
                            } | null;
                            at: string;
                            correctsId: string | null;
                            data: {
                                [key: string]: unknown;
                            };
                            hash: string;
                            id: string;
                            kind: string;
                            prevHash: string | null;
                            seq: number;
                            /** @enum {string} */
                            visibility: "public" | "internal";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign to an engineer or expert; without assigneeId, to the on-duty engineer with the lightest load */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        assigneeId?: string;
                        reason?: string;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assigneeId: string | null;
                            assigneeName: string | null;
                            caller: {
                                address: string | null;
                                company: string | null;
                                contractNo: string | null;
                                email: string | null;
                                name: string;
                                phone: string | null;
                            };
                            caseType: string;
                            /** @enum {string} */
                            channel: "phone" | "email" | "web" | "fax";
                            closedAt: string | null;
                            contactId: string | null;
                            contractEndsOn: string | null;
                            contractExpired: boolean;
                            contractId: string | null;
                            createdAt: string;
                            createdBy: string | null;
                            customerId: string | null;
                            customerName: string | null;
                            description: string;
                            equipmentId: string | null;
                            expertId: string | null;
                            /** @enum {string} */
                            faultLevel: "S1" | "S2" | "S3" | "S4";
                            id: string;
                            number: string;
                            /** @enum {string} */
                            priority: "P1" | "P2" | "P3" | "P4";
                            resolution: string | null;
                            resolutionCycle: number;
                            resolvedAt: string | null;
                            respondedAt: string | null;
                            responseCycle: number;
                            rmaRequestedAt: string | null;
                            siteId: string | null;
                            /** @enum {string} */
                            status: "new" | "assigned" | "in_progress" | "escalated" | "waiting_customer" | "waiting_vendor" | "waiting_parts" | "resolved" | "closed";
                            subject: string;
                            updatedAt: string;
                            vendor: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A case's attachments, oldest first (customers: those of public entries) */
        get: {
            parameters: {
                query?: {
                    activityId?: string;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                activityId: string;
                                caseId: string;
                                contentType: string;
                                createdAt: string;
                                declaredType: string | null;
                                downloadUrl: string;
                                filename: string;
                                filenameAdjustments?: string[];
                                id: string;
                                sha256: string;
                                sizeBytes: number;
                                uploadedBy: string | null;
                                /** @enum {string} */
                                visibility: "public" | "internal";
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Attach files to a case with a note
         * @description multipart/form-data; files in parts named `file` (repeatable, at most 10); optional text fields `body` (the note), `visibility` (public | internal; customers: public, staff: internal by default) and `notifyCustomer` ("false": a staff member's public note is not e-mailed to the caller with its files). One log entry names the files; they follow its visibility.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        body?: string;
                        /** @description the files (repeat the part); each within ATTACHMENT_MAX_BYTES */
                        file: string[];
                        /** @enum {string} */
                        notifyCustomer?: "true" | "false";
                        /** @enum {string} */
                        visibility?: "public" | "internal";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attachments: {
                                activityId: string;
                                caseId: string;
                                contentType: string;
                                createdAt: string;
                                declaredType: string | null;
                                downloadUrl: string;
                                filename: string;
                                filenameAdjustments?: string[];
                                id: string;
                                sha256: string;
                                sizeBytes: number;
                                uploadedBy: string | null;
                                /** @enum {string} */
                                visibility: "public" | "internal";
                            }[];
                            entry: {
                                actor: {
                                    id: string;
                                    name: string | null;
                                    role: string | null;
                                } | null;
                                at: string;
                                correctsId: string | null;
                                data: {
                                    [key: string]: unknown;
                                };
                                hash: string;
                                id: string;
                                kind: string;
                                prevHash: string | null;
                                seq: number;
                                /** @enum {string} */
                                visibility: "public" | "internal";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/cc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The contacts copied on the case's mail to its caller */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                contactId: string;
                                createdAt: string;
                                email: string | null;
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Copy a contact of the case's company on its mail (another company's contact is 404) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        contactId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                contactId: string;
                                createdAt: string;
                                email: string | null;
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/cc/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Stop copying a contact on the case's mail */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    contactId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a resolved case */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assigneeId: string | null;
                            assigneeName: string | null;
                            caller: {
                                address: string | null;
                                company: string | null;
                                contractNo: string | null;
                                email: string | null;
                                name: string;
                                phone: string | null;
                            };
                            caseType: string;
                            /** @enum {string} */
                            channel: "phone" | "email" | "web" | "fax";
                            closedAt: string | null;
                            contactId: string | null;
                            contractEndsOn: string | null;
                            contractExpired: boolean;
                            contractId: string | null;
                            createdAt: string;
                            createdBy: string | null;
                            customerId: string | null;
                            customerName: string | null;
                            description: string;
                            equipmentId: string | null;
                            expertId: string | null;
                            /** @enum {string} */
                            faultLevel: "S1" | "S2" | "S3" | "S4";
                            id: string;
                            number: string;
                            /** @enum {string} */
                            priority: "P1" | "P2" | "P3" | "P4";
                            resolution: string | null;
                            resolutionCycle: number;
                            resolvedAt: string | null;
                            respondedAt: string | null;
                            responseCycle: number;
                            rmaRequestedAt: string | null;
                            siteId: string | null;
                            /** @enum {string} */
                            status: "new" | "assigned" | "in_progress" | "escalated" | "waiting_customer" | "waiting_vendor" | "waiting_parts" | "resolved" | "closed";
                            subject: string;
                            updatedAt: string;
                            vendor: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/confirm-resolution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the resolution (closes) or dispute it (reopens) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accepted: boolean;
                        comment?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assigneeId: string | null;
                            assigneeName: string | null;
                            caller: {
                                address: string | null;
                                company: string | null;
                                contractNo: string | null;
                                email: string | null;
                                name: string;
                                phone: string | null;
                            };
                            caseType: string;
                            /** @enum {string} */
                            channel: "phone" | "email" | "web" | "fax";
                            closedAt: string | null;
                            contactId: string | null;
                            contractEndsOn: string | null;
                            contractExpired: boolean;
                            contractId: string | null;
                            createdAt: string;
                            createdBy: string | null;
                            customerId: string | null;
                            customerName: string | null;
                            description: string;
                            equipmentId: string | null;
                            expertId: string | null;
                            /** @enum {string} */
                            faultLevel: "S1" | "S2" | "S3" | "S4";
                            id: string;
                            number: string;
                            /** @enum {string} */
                            priority: "P1" | "P2" | "P3" | "P4";
                            resolution: string | null;
                            resolutionCycle: number;
                            resolvedAt: string | null;
                            respondedAt: string | null;
                            responseCycle: number;
                            rmaRequestedAt: string | null;
                            siteId: string | null;
                            /** @enum {string} */
                            status: "new" | "assigned" | "in_progress" | "escalated" | "waiting_customer" | "waiting_vendor" | "waiting_parts" | "resolved" | "closed";
                            subject: string;
                            updatedAt: string;
                            vendor: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/escalate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Escalate to an expert, with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        expertId?: string;
                        reason: string;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assigneeId: string | null;
                            assigneeName: string | null;
                            caller: {
                                address: string | null;
                                company: string | null;
                                contractNo: string | null;
                                email: string | null;
                                name: string;
                                phone: string | null;
                            };
                            caseType: string;
                            /** @enum {string} */
                            channel: "phone" | "email" | "web" | "fax";
                            closedAt: string | null;
                            contactId: string | null;
                            contractEndsOn: string | null;
                            contractExpired: boolean;
                            contractId: string | null;
                            createdAt: string;
                            createdBy: string | null;
                            customerId: string | null;
                            customerName: string | null;
                            description: string;
                            equipmentId: string | null;
                            expertId: string | null;
                            /** @enum {string} */
                            faultLevel: "S1" | "S2" | "S3" | "S4";
                            id: string;
                            number: string;
                            /** @enum {string} */
                            priority: "P1" | "P2" | "P3" | "P4";
                            resolution: string | null;
                            resolutionCycle: number;
                            resolvedAt: string | null;
                            respondedAt: string | null;
                            responseCycle: number;
                            rmaRequestedAt: string | null;
                            siteId: string | null;
                            /** @enum {string} */
                            status: "new" | "assigned" | "in_progress" | "escalated" | "waiting_customer" | "waiting_vendor" | "waiting_parts" | "resolved" | "closed";
                            subject: string;
                            updatedAt: string;
                            vendor: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a public or internal note */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        notifyCustomer?: boolean;
                        /** @enum {string} */
                        visibility?: "public" | "internal";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actor: {
                                id: string;
                                name: string | null;
                                role: string | null;
                            } | null;
                            at: string;
                            correctsId: string | null;
                            data: {
                                [key: string]: unknown;
                            };
                            hash: string;
                            id: string;
                            kind: string;
                            prevHash: string | null;
                            seq: number;
                            /** @enum {string} */
                            visibility: "public" | "internal";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/parts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The parts reserved, issued and returned on a case (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                caseId: string;
                                depotId: string;
                                depotName?: string;
                                faultyReturnedAt: string | null;
                                faultySerials: string[];
                                id: string;
                                isSerialised?: boolean;
                                issuedAt: string | null;
                                partDescription?: string;
                                partId: string;
                                partNumber?: string;
                                quantity: number;
                                releasedAt: string | null;
                                reservedAt: string;
                                serials: string[];
                                /** @enum {string} */
                                status: "reserved" | "issued" | "released";
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Reserve a part for a case (409 insufficient_stock when the depot has too few available) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        depotId?: string;
                        /** Format: uuid */
                        partId: string;
                        quantity: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            caseId: string;
                            depotId: string;
                            depotName?: string;
                            faultyReturnedAt: string | null;
                            faultySerials: string[];
                            id: string;
                            isSerialised?: boolean;
                            issuedAt: string | null;
                            partDescription?: string;
                            partId: string;
                            partNumber?: string;
                            quantity: number;
                            releasedAt: string | null;
                            reservedAt: string;
                            serials: string[];
                            /** @enum {string} */
                            status: "reserved" | "issued" | "released";
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/parts/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Depots that have a part available, the case's own site's depot first */
        get: {
            parameters: {
                query: {
                    partId: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                address: string;
                                available: number;
                                depotId: string;
                                depotName: string;
                                isCaseSite: boolean;
                                isCustomerDepot: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/parts/{reservationId}/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue a reserved part on site (serials for a serialised part) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    reservationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        serials?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            caseId: string;
                            depotId: string;
                            depotName?: string;
                            faultyReturnedAt: string | null;
                            faultySerials: string[];
                            id: string;
                            isSerialised?: boolean;
                            issuedAt: string | null;
                            partDescription?: string;
                            partId: string;
                            partNumber?: string;
                            quantity: number;
                            releasedAt: string | null;
                            reservedAt: string;
                            serials: string[];
                            /** @enum {string} */
                            status: "reserved" | "issued" | "released";
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/parts/{reservationId}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Release a reservation back to available stock */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    reservationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            caseId: string;
                            depotId: string;
                            depotName?: string;
                            faultyReturnedAt: string | null;
                            faultySerials: string[];
                            id: string;
                            isSerialised?: boolean;
                            issuedAt: string | null;
                            partDescription?: string;
                            partId: string;
                            partNumber?: string;
                            quantity: number;
                            releasedAt: string | null;
                            reservedAt: string;
                            serials: string[];
                            /** @enum {string} */
                            status: "reserved" | "issued" | "released";
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/parts/{reservationId}/return-faulty": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The faulty part taken out comes back to a depot (held as faulty, for an RMA) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    reservationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        depotId?: string;
                        note?: string;
                        serials?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            caseId: string;
                            depotId: string;
                            depotName?: string;
                            faultyReturnedAt: string | null;
                            faultySerials: string[];
                            id: string;
                            isSerialised?: boolean;
                            issuedAt: string | null;
                            partDescription?: string;
                            partId: string;
                            partNumber?: string;
                            quantity: number;
                            releasedAt: string | null;
                            reservedAt: string;
                            serials: string[];
                            /** @enum {string} */
                            status: "reserved" | "issued" | "released";
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a resolved or closed case */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assigneeId: string | null;
                            assigneeName: string | null;
                            caller: {
                                address: string | null;
                                company: string | null;
                                contractNo: string | null;
                                email: string | null;
                                name: string;
                                phone: string | null;
                            };
                            caseType: string;
                            /** @enum {string} */
                            channel: "phone" | "email" | "web" | "fax";
                            closedAt: string | null;
                            contactId: string | null;
                            contractEndsOn: string | null;
                            contractExpired: boolean;
                            contractId: string | null;
                            createdAt: string;
                            createdBy: string | null;
                            customerId: string | null;
                            customerName: string | null;
                            description: string;
                            equipmentId: string | null;
                            expertId: string | null;
                            /** @enum {string} */
                            faultLevel: "S1" | "S2" | "S3" | "S4";
                            id: string;
                            number: string;
                            /** @enum {string} */
                            priority: "P1" | "P2" | "P3" | "P4";
                            resolution: string | null;
                            resolutionCycle: number;
                            resolvedAt: string | null;
                            respondedAt: string | null;
                            responseCycle: number;
                            rmaRequestedAt: string | null;
                            siteId: string | null;
                            /** @enum {string} */
                            status: "new" | "assigned" | "in_progress" | "escalated" | "waiting_customer" | "waiting_vendor" | "waiting_parts" | "resolved" | "closed";
                            subject: string;
                            updatedAt: string;
                            vendor: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resolve, saying what was done */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        resolution: string;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assigneeId: string | null;
                            assigneeName: string | null;
                            caller: {
                                address: string | null;
                                company: string | null;
                                contractNo: string | null;
                                email: string | null;
                                name: string;
                                phone: string | null;
                            };
                            caseType: string;
                            /** @enum {string} */
                            channel: "phone" | "email" | "web" | "fax";
                            closedAt: string | null;
                            contactId: string | null;
                            contractEndsOn: string | null;
                            contractExpired: boolean;
                            contractId: string | null;
                            createdAt: string;
                            createdBy: string | null;
                            customerId: string | null;
                            customerName: string | null;
                            description: string;
                            equipmentId: string | null;
                            expertId: string | null;
                            /** @enum {string} */
                            faultLevel: "S1" | "S2" | "S3" | "S4";
                            id: string;
                            number: string;
                            /** @enum {string} */
                            priority: "P1" | "P2" | "P3" | "P4";
                            resolution: string | null;
                            resolutionCycle: number;
                            resolvedAt: string | null;
                            respondedAt: string | null;
                            responseCycle: number;
                            rmaRequestedAt: string | null;
                            siteId: string | null;
                            /** @enum {string} */
                            status: "new" | "assigned" | "in_progress" | "escalated" | "waiting_customer" | "waiting_vendor" | "waiting_parts" | "resolved" | "closed";
                            subject: string;
                            updatedAt: string;
                            vendor: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/respond": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the engineer's response to the customer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assigneeId: string | null;
                            assigneeName: string | null;
                            caller: {
                                address: string | null;
                                company: string | null;
                                contractNo: string | null;
                                email: string | null;
                                name: string;
                                phone: string | null;
                            };
                            caseType: string;
                            /** @enum {string} */
                            channel: "phone" | "email" | "web" | "fax";
                            closedAt: string | null;
                            contactId: string | null;
                            contractEndsOn: string | null;
                            contractExpired: boolean;
                            contractId: string | null;
                            createdAt: string;
                            createdBy: string | null;
                            customerId: string | null;
                            customerName: string | null;
                            description: string;
                            equipmentId: string | null;
                            expertId: string | null;
                            /** @enum {string} */
                            faultLevel: "S1" | "S2" | "S3" | "S4";
                            id: string;
                            number: string;
                            /** @enum {string} */
                            priority: "P1" | "P2" | "P3" | "P4";
                            resolution: string | null;
                            resolutionCycle: number;
                            resolvedAt: string | null;
                            respondedAt: string | null;
                            responseCycle: number;
                            rmaRequestedAt: string | null;
                            siteId: string | null;
                            /** @enum {string} */
                            status: "new" | "assigned" | "in_progress" | "escalated" | "waiting_customer" | "waiting_vendor" | "waiting_parts" | "resolved" | "closed";
                            subject: string;
                            updatedAt: string;
                            vendor: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume work after waiting */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assigneeId: string | null;
                            assigneeName: string | null;
                            caller: {
                                address: string | null;
                                company: string | null;
                                contractNo: string | null;
                                email: string | null;
                                name: string;
                                phone: string | null;
                            };
                            caseType: string;
                            /** @enum {string} */
                            channel: "phone" | "email" | "web" | "fax";
                            closedAt: string | null;
                            contactId: string | null;
                            contractEndsOn: string | null;
                            contractExpired: boolean;
                            contractId: string | null;
                            createdAt: string;
                            createdBy: string | null;
                            customerId: string | null;
                            customerName: string | null;
                            description: string;
                            equipmentId: string | null;
                            expertId: string | null;
                            /** @enum {string} */
                            faultLevel: "S1" | "S2" | "S3" | "S4";
                            id: string;
                            number: string;
                            /** @enum {string} */
                            priority: "P1" | "P2" | "P3" | "P4";
                            resolution: string | null;
                            resolutionCycle: number;
                            resolvedAt: string | null;
                            respondedAt: string | null;
                            responseCycle: number;
                            rmaRequestedAt: string | null;
                            siteId: string | null;
                            /** @enum {string} */
                            status: "new" | "assigned" | "in_progress" | "escalated" | "waiting_customer" | "waiting_vendor" | "waiting_parts" | "resolved" | "closed";
                            subject: string;
                            updatedAt: string;
                            vendor: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/rma-handoff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand faulty hardware to the RMA admin */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        items: {
                            description: string;
                            model?: string;
                            serial?: string;
                            vendor?: string;
                        }[];
                        reason: string;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assigneeId: string | null;
                            assigneeName: string | null;
                            caller: {
                                address: string | null;
                                company: string | null;
                                contractNo: string | null;
                                email: string | null;
                                name: string;
                                phone: string | null;
                            };
                            caseType: string;
                            /** @enum {string} */
                            channel: "phone" | "email" | "web" | "fax";
                            closedAt: string | null;
                            contactId: string | null;
                            contractEndsOn: string | null;
                            contractExpired: boolean;
                            contractId: string | null;
                            createdAt: string;
                            createdBy: string | null;
                            customerId: string | null;
                            customerName: string | null;
                            description: string;
                            equipmentId: string | null;
                            expertId: string | null;
                            /** @enum {string} */
                            faultLevel: "S1" | "S2" | "S3" | "S4";
                            id: string;
                            number: string;
                            /** @enum {string} */
                            priority: "P1" | "P2" | "P3" | "P4";
                            resolution: string | null;
                            resolutionCycle: number;
                            resolvedAt: string | null;
                            respondedAt: string | null;
                            responseCycle: number;
                            rmaRequestedAt: string | null;
                            siteId: string | null;
                            /** @enum {string} */
                            status: "new" | "assigned" | "in_progress" | "escalated" | "waiting_customer" | "waiting_vendor" | "waiting_parts" | "resolved" | "closed";
                            subject: string;
                            updatedAt: string;
                            vendor: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/rmas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open an RMA for a faulty item of a case (staff) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        faultDescription: string;
                        faultySerial: string;
                        /** Format: uuid */
                        partId?: string;
                        vendor: string;
                        /** @enum {string} */
                        warrantyTerm: "repair" | "replace" | "refund";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            caseId: string;
                            caseNumber: string;
                            closedAt: string | null;
                            customerId: string | null;
                            events?: {
                                actorName: string | null;
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: ("requested" | "vendor_approved" | "replacement_dispatched" | "faulty_returned" | "closed" | "rejected") | null;
                                /** @enum {string} */
                                kind: "step" | "late";
                                seq: number;
                                /** @enum {string} */
                                toStatus: "requested" | "vendor_approved" | "replacement_dispatched" | "faulty_returned" | "closed" | "rejected";
                            }[];
                            faultDescription: string;
                            faultySerial: string;
                            fromDepotId: string | null;
                            id: string;
                            isLate: boolean;
                            isUnderWarranty: boolean;
                            lateSince: string | null;
                            number: string;
                            partDescription: string | null;
                            partId: string | null;
                            partNumber: string | null;
                            replacementTrackingNo: string | null;
                            requestedAt: string;
                            requestedBy: string | null;
                            returnTrackingNo: string | null;
                            /** @enum {string} */
                            status: "requested" | "vendor_approved" | "replacement_dispatched" | "faulty_returned" | "closed" | "rejected";
                            stepDueAt: string | null;
                            stepStartedAt: string;
                            updatedAt: string;
                            vendor: string;
                            vendorRmaNo: string | null;
                            version: number;
                            /** @enum {string} */
                            warrantyBasis: "equipment" | "contract" | "none";
                            warrantyEndsOn: string | null;
                            /** @enum {string} */
                            warrantyTerm: "repair" | "replace" | "refund";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/sla": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A case's service-level clocks and breaches */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            breaches: {
                                breachedAt: string;
                                cycle: number;
                                dueAt: string;
                                metric: string;
                            }[];
                            clocks: {
                                assigneeId: string | null;
                                breachedAt: string | null;
                                cycle: number;
                                dueAt: string | null;
                                metric: string;
                                pausedMs: number;
                                policyId: string | null;
                                policyVersion: number;
                                startedAt: string;
                                status: string;
                                stopReason: string | null;
                                stoppedAt: string | null;
                                targetMs: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/survey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The case's survey answer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answeredAt: string;
                            caseId: string;
                            comment: string | null;
                            overall: number;
                            professionalism: number;
                            resolution: number;
                            responseSpeed: number;
                            /** @enum {string} */
                            via: "link" | "portal";
                        };
                    };
                };
            };
        };
        put?: never;
        /** Answer the survey of a closed case from the portal (its company's customers) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                        overall: number;
                        professionalism: number;
                        resolution: number;
                        responseSpeed: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answeredAt: string;
                            caseId: string;
                            comment: string | null;
                            overall: number;
                            professionalism: number;
                            resolution: number;
                            responseSpeed: number;
                            /** @enum {string} */
                            via: "link" | "portal";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/take-over": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take the case over (any engineer) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assigneeId: string | null;
                            assigneeName: string | null;
                            caller: {
                                address: string | null;
                                company: string | null;
                                contractNo: string | null;
                                email: string | null;
                                name: string;
                                phone: string | null;
                            };
                            caseType: string;
                            /** @enum {string} */
                            channel: "phone" | "email" | "web" | "fax";
                            closedAt: string | null;
                            contactId: string | null;
                            contractEndsOn: string | null;
                            contractExpired: boolean;
                            contractId: string | null;
                            createdAt: string;
                            createdBy: string | null;
                            customerId: string | null;
                            customerName: string | null;
                            description: string;
                            equipmentId: string | null;
                            expertId: string | null;
                            /** @enum {string} */
                            faultLevel: "S1" | "S2" | "S3" | "S4";
                            id: string;
                            number: string;
                            /** @enum {string} */
                            priority: "P1" | "P2" | "P3" | "P4";
                            resolution: string | null;
                            resolutionCycle: number;
                            resolvedAt: string | null;
                            respondedAt: string | null;
                            responseCycle: number;
                            rmaRequestedAt: string | null;
                            siteId: string | null;
                            /** @enum {string} */
                            status: "new" | "assigned" | "in_progress" | "escalated" | "waiting_customer" | "waiting_vendor" | "waiting_parts" | "resolved" | "closed";
                            subject: string;
                            updatedAt: string;
                            vendor: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/vendor-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A case's vendor support requests */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                answeredAt: string | null;
                                caseId: string;
                                confirmedAt: string | null;
                                confirmedBy: string | null;
                                doneAt: string | null;
                                id: string;
                                openedAt: string | null;
                                reason: string;
                                requestedAt: string;
                                requestedBy: string | null;
                                /** @enum {string} */
                                status: "requested" | "confirmed" | "rejected" | "opened" | "answered" | "done";
                                summary: string | null;
                                vendor: string;
                                vendorCaseRef: string | null;
                                vendorContact: string | null;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Ask for vendor support (an expert must confirm) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        vendor?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answeredAt: string | null;
                            caseId: string;
                            confirmedAt: string | null;
                            confirmedBy: string | null;
                            doneAt: string | null;
                            id: string;
                            openedAt: string | null;
                            reason: string;
                            requestedAt: string;
                            requestedBy: string | null;
                            /** @enum {string} */
                            status: "requested" | "confirmed" | "rejected" | "opened" | "answered" | "done";
                            summary: string | null;
                            vendor: string;
                            vendorCaseRef: string | null;
                            vendorContact: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/vendor-requests/{requestId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the vendor's answer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        summary: string;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answeredAt: string | null;
                            caseId: string;
                            confirmedAt: string | null;
                            confirmedBy: string | null;
                            doneAt: string | null;
                            id: string;
                            openedAt: string | null;
                            reason: string;
                            requestedAt: string;
                            requestedBy: string | null;
                            /** @enum {string} */
                            status: "requested" | "confirmed" | "rejected" | "opened" | "answered" | "done";
                            summary: string | null;
                            vendor: string;
                            vendorCaseRef: string | null;
                            vendorContact: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/vendor-requests/{requestId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The vendor's part is done */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        summary: string;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answeredAt: string | null;
                            caseId: string;
                            confirmedAt: string | null;
                            confirmedBy: string | null;
                            doneAt: string | null;
                            id: string;
                            openedAt: string | null;
                            reason: string;
                            requestedAt: string;
                            requestedBy: string | null;
                            /** @enum {string} */
                            status: "requested" | "confirmed" | "rejected" | "opened" | "answered" | "done";
                            summary: string | null;
                            vendor: string;
                            vendorCaseRef: string | null;
                            vendorContact: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/vendor-requests/{requestId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm that the vendor is needed (experts) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answeredAt: string | null;
                            caseId: string;
                            confirmedAt: string | null;
                            confirmedBy: string | null;
                            doneAt: string | null;
                            id: string;
                            openedAt: string | null;
                            reason: string;
                            requestedAt: string;
                            requestedBy: string | null;
                            /** @enum {string} */
                            status: "requested" | "confirmed" | "rejected" | "opened" | "answered" | "done";
                            summary: string | null;
                            vendor: string;
                            vendorCaseRef: string | null;
                            vendorContact: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/vendor-requests/{requestId}/open": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the case opened with the vendor */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        vendorCaseRef: string;
                        vendorContact?: string;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answeredAt: string | null;
                            caseId: string;
                            confirmedAt: string | null;
                            confirmedBy: string | null;
                            doneAt: string | null;
                            id: string;
                            openedAt: string | null;
                            reason: string;
                            requestedAt: string;
                            requestedBy: string | null;
                            /** @enum {string} */
                            status: "requested" | "confirmed" | "rejected" | "opened" | "answered" | "done";
                            summary: string | null;
                            vendor: string;
                            vendorCaseRef: string | null;
                            vendorContact: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/vendor-requests/{requestId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline the request, saying why (experts) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answeredAt: string | null;
                            caseId: string;
                            confirmedAt: string | null;
                            confirmedBy: string | null;
                            doneAt: string | null;
                            id: string;
                            openedAt: string | null;
                            reason: string;
                            requestedAt: string;
                            requestedBy: string | null;
                            /** @enum {string} */
                            status: "requested" | "confirmed" | "rejected" | "opened" | "answered" | "done";
                            summary: string | null;
                            vendor: string;
                            vendorCaseRef: string | null;
                            vendorContact: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cases/{id}/wait": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Wait for the customer, the vendor or parts */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                        version?: number;
                        /** @enum {string} */
                        waitFor: "customer" | "vendor" | "parts";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assigneeId: string | null;
                            assigneeName: string | null;
                            caller: {
                                address: string | null;
                                company: string | null;
                                contractNo: string | null;
                                email: string | null;
                                name: string;
                                phone: string | null;
                            };
                            caseType: string;
                            /** @enum {string} */
                            channel: "phone" | "email" | "web" | "fax";
                            closedAt: string | null;
                            contactId: string | null;
                            contractEndsOn: string | null;
                            contractExpired: boolean;
                            contractId: string | null;
                            createdAt: string;
                            createdBy: string | null;
                            customerId: string | null;
                            customerName: string | null;
                            description: string;
                            equipmentId: string | null;
                            expertId: string | null;
                            /** @enum {string} */
                            faultLevel: "S1" | "S2" | "S3" | "S4";
                            id: string;
                            number: string;
                            /** @enum {string} */
                            priority: "P1" | "P2" | "P3" | "P4";
                            resolution: string | null;
                            resolutionCycle: number;
                            resolvedAt: string | null;
                            respondedAt: string | null;
                            responseCycle: number;
                            rmaRequestedAt: string | null;
                            siteId: string | null;
                            /** @enum {string} */
                            status: "new" | "assigned" | "in_progress" | "escalated" | "waiting_customer" | "waiting_vendor" | "waiting_parts" | "resolved" | "closed";
                            subject: string;
                            updatedAt: string;
                            vendor: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search contacts by name, phone (any format), e-mail or company */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    customerId?: string;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                address: string | null;
                                createdAt: string;
                                customerId: string;
                                customerName: string;
                                email: string | null;
                                id: string;
                                isDesignated: boolean;
                                mobile: string | null;
                                mobileNormalized: string | null;
                                name: string;
                                phone: string | null;
                                phoneNormalized: string | null;
                                title: string | null;
                                updatedAt: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a contact */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    contactId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string | null;
                        email?: string | null;
                        isDesignated?: boolean;
                        mobile?: string | null;
                        name?: string;
                        phone?: string | null;
                        title?: string | null;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            createdAt: string;
                            customerId: string;
                            email: string | null;
                            id: string;
                            isDesignated: boolean;
                            mobile: string | null;
                            mobileNormalized: string | null;
                            name: string;
                            phone: string | null;
                            phoneNormalized: string | null;
                            title: string | null;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/contacts/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The change trail of a contact (who, when, before and after), oldest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                action: "created" | "updated";
                                actor: {
                                    id: string;
                                    name: string | null;
                                } | null;
                                after: {
                                    [key: string]: unknown;
                                };
                                at: string;
                                before: {
                                    [key: string]: unknown;
                                } | null;
                                /** @enum {string} */
                                entity: "customer" | "contact" | "site" | "contract" | "equipment";
                                entityId: string;
                                id: string;
                                /** @enum {string} */
                                source: "api" | "import";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a contract: dates, business calendar, per-level targets */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        calendarId?: string | null;
                        contractNo?: string;
                        endsOn?: string | null;
                        serviceHours?: string;
                        startsOn?: string | null;
                        targets?: {
                            [key: string]: {
                                resolutionMinutes: number;
                                responseMinutes: number;
                            };
                        };
                        title?: string | null;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            calendarId: string | null;
                            contractNo: string;
                            customerId: string;
                            endsOn: string | null;
                            equipment: {
                                contractId: string;
                                description: string | null;
                                id: string;
                                model: string;
                                serial: string | null;
                                siteId: string | null;
                                vendor: string;
                                version: number;
                                warrantyEndsOn: string | null;
                            }[];
                            id: string;
                            serviceHours: string;
                            siteIds: string[];
                            startsOn: string | null;
                            targets: {
                                [key: string]: {
                                    resolutionMinutes: number;
                                    responseMinutes: number;
                                };
                            };
                            title: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/contracts/{id}/equipment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add covered equipment to a contract */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        description?: string | null;
                        model: string;
                        serial?: string | null;
                        siteId?: string | null;
                        vendor: string;
                        warrantyEndsOn?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contractId: string;
                            description: string | null;
                            id: string;
                            model: string;
                            serial: string | null;
                            siteId: string | null;
                            vendor: string;
                            version: number;
                            warrantyEndsOn: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/contracts/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The change trail of a contract (who, when, before and after), oldest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                action: "created" | "updated";
                                actor: {
                                    id: string;
                                    name: string | null;
                                } | null;
                                after: {
                                    [key: string]: unknown;
                                };
                                at: string;
                                before: {
                                    [key: string]: unknown;
                                } | null;
                                /** @enum {string} */
                                entity: "customer" | "contact" | "site" | "contract" | "equipment";
                                entityId: string;
                                id: string;
                                /** @enum {string} */
                                source: "api" | "import";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List customer companies */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                address: string | null;
                                createdAt: string;
                                email: string | null;
                                id: string;
                                name: string;
                                notes: string | null;
                                phone: string | null;
                                shortName: string | null;
                                updatedAt: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Register a customer company */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string | null;
                        email?: string | null;
                        name: string;
                        notes?: string | null;
                        phone?: string | null;
                        shortName?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            createdAt: string;
                            email: string | null;
                            id: string;
                            name: string;
                            notes: string | null;
                            phone: string | null;
                            shortName: string | null;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{customerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A company with contacts, sites, contracts and equipment */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    customerId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            contacts: {
                                address: string | null;
                                createdAt: string;
                                customerId: string;
                                email: string | null;
                                id: string;
                                isDesignated: boolean;
                                mobile: string | null;
                                mobileNormalized: string | null;
                                name: string;
                                phone: string | null;
                                phoneNormalized: string | null;
                                title: string | null;
                                updatedAt: string;
                                version: number;
                            }[];
                            contracts: {
                                calendarId: string | null;
                                contractNo: string;
                                customerId: string;
                                endsOn: string | null;
                                equipment: {
                                    contractId: string;
                                    description: string | null;
                                    id: string;
                                    model: string;
                                    serial: string | null;
                                    siteId: string | null;
                                    vendor: string;
                                    version: number;
                                    warrantyEndsOn: string | null;
                                }[];
                                id: string;
                                serviceHours: string;
                                siteIds: string[];
                                startsOn: string | null;
                                targets: {
                                    [key: string]: {
                                        resolutionMinutes: number;
                                        responseMinutes: number;
                                    };
                                };
                                title: string | null;
                                version: number;
                            }[];
                            createdAt: string;
                            email: string | null;
                            id: string;
                            name: string;
                            notes: string | null;
                            phone: string | null;
                            shortName: string | null;
                            sites: {
                                address: string | null;
                                city: string | null;
                                createdAt: string;
                                customerId: string;
                                id: string;
                                name: string;
                                version: number;
                            }[];
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{customerId}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a contact */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    customerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string | null;
                        email?: string | null;
                        isDesignated?: boolean;
                        mobile?: string | null;
                        name: string;
                        phone?: string | null;
                        title?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            createdAt: string;
                            customerId: string;
                            email: string | null;
                            id: string;
                            isDesignated: boolean;
                            mobile: string | null;
                            mobileNormalized: string | null;
                            name: string;
                            phone: string | null;
                            phoneNormalized: string | null;
                            title: string | null;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{customerId}/contracts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a contract with covered sites, equipment and targets */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    customerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        calendarId?: string | null;
                        contractNo: string;
                        endsOn?: string | null;
                        equipment?: {
                            description?: string | null;
                            model: string;
                            serial?: string | null;
                            siteId?: string | null;
                            vendor: string;
                            warrantyEndsOn?: string | null;
                        }[];
                        serviceHours?: string;
                        siteIds?: string[];
                        startsOn?: string | null;
                        targets?: {
                            [key: string]: {
                                resolutionMinutes: number;
                                responseMinutes: number;
                            };
                        };
                        title?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            calendarId: string | null;
                            contractNo: string;
                            customerId: string;
                            endsOn: string | null;
                            equipment: {
                                contractId: string;
                                description: string | null;
                                id: string;
                                model: string;
                                serial: string | null;
                                siteId: string | null;
                                vendor: string;
                                version: number;
                                warrantyEndsOn: string | null;
                            }[];
                            id: string;
                            serviceHours: string;
                            siteIds: string[];
                            startsOn: string | null;
                            targets: {
                                [key: string]: {
                                    resolutionMinutes: number;
                                    responseMinutes: number;
                                };
                            };
                            title: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{customerId}/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a site */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    customerId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string | null;
                        city?: string | null;
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            city: string | null;
                            createdAt: string;
                            customerId: string;
                            id: string;
                            name: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a customer company */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string | null;
                        email?: string | null;
                        name?: string;
                        notes?: string | null;
                        phone?: string | null;
                        shortName?: string | null;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            createdAt: string;
                            email: string | null;
                            id: string;
                            name: string;
                            notes: string | null;
                            phone: string | null;
                            shortName: string | null;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/customers/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The change trail of a customer (who, when, before and after), oldest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                action: "created" | "updated";
                                actor: {
                                    id: string;
                                    name: string | null;
                                } | null;
                                after: {
                                    [key: string]: unknown;
                                };
                                at: string;
                                before: {
                                    [key: string]: unknown;
                                } | null;
                                /** @enum {string} */
                                entity: "customer" | "contact" | "site" | "contract" | "equipment";
                                entityId: string;
                                id: string;
                                /** @enum {string} */
                                source: "api" | "import";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{id}/proactive-calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer's proactive calls, newest first (staff) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                calledAt: string;
                                contactId: string | null;
                                contactName: string;
                                createdAt: string;
                                customerId: string;
                                customerName: string;
                                /** @enum {string} */
                                direction: "outbound" | "inbound";
                                engineerId: string | null;
                                engineerName: string | null;
                                followUpOn: string | null;
                                id: string;
                                summary: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Log a proactive call to a customer, with no case: contact, direction, summary, follow-up date */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        calledAt?: string;
                        /** Format: uuid */
                        contactId?: string;
                        contactName?: string;
                        /**
                         * @default outbound
                         * @enum {string}
                         */
                        direction?: "outbound" | "inbound";
                        followUpOn?: string | null;
                        summary: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            calledAt: string;
                            contactId: string | null;
                            contactName: string;
                            createdAt: string;
                            customerId: string;
                            customerName: string;
                            /** @enum {string} */
                            direction: "outbound" | "inbound";
                            engineerId: string | null;
                            engineerName: string | null;
                            followUpOn: string | null;
                            id: string;
                            summary: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/depots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Depots (staff; a customer sees none) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                address: string;
                                customerId: string | null;
                                customerName: string | null;
                                id: string;
                                name: string;
                                ownerId: string;
                                ownerName: string | null;
                                siteId: string | null;
                                siteName: string | null;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a depot at a customer's site or a chosen place (RMA admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address: string;
                        customerId?: string | null;
                        name: string;
                        /** Format: uuid */
                        ownerId: string;
                        siteId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string;
                            customerId: string | null;
                            customerName: string | null;
                            id: string;
                            name: string;
                            ownerId: string;
                            ownerName: string | null;
                            siteId: string | null;
                            siteName: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/depots/{id}/stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of a depot's stock by part number: on hand, reserved, available, in transit, minimum (q: part search; isBelowMin=true: below minimum) */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    isBelowMin?: "true" | "false";
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            depot: {
                                id: string;
                                name: string;
                            };
                            items: {
                                available: number;
                                description: string;
                                inTransit: number;
                                isBelowMin: boolean;
                                isSerialised: boolean;
                                minLevel: number;
                                onHand: number;
                                partId: string;
                                partNumber: string;
                                reserved: number;
                                vendor: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/depots/{id}/stock/{partId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a depot's minimum level of a part (RMA admin) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    partId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        minLevel: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            available: number;
                            depotId: string;
                            inTransit: number;
                            isBelowMin: boolean;
                            minLevel: number;
                            onHand: number;
                            partId: string;
                            reserved: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/depots/{id}/stock/{partId}/serials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The serials of a part in stock at a depot */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    partId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            serials: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/equipment/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change covered equipment */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        contractId?: string;
                        description?: string | null;
                        model?: string;
                        serial?: string | null;
                        siteId?: string | null;
                        vendor?: string;
                        version?: number;
                        warrantyEndsOn?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contractId: string;
                            description: string | null;
                            id: string;
                            model: string;
                            serial: string | null;
                            siteId: string | null;
                            vendor: string;
                            version: number;
                            warrantyEndsOn: string | null;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/equipment/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The change trail of a equipment (who, when, before and after), oldest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                action: "created" | "updated";
                                actor: {
                                    id: string;
                                    name: string | null;
                                } | null;
                                after: {
                                    [key: string]: unknown;
                                };
                                at: string;
                                before: {
                                    [key: string]: unknown;
                                } | null;
                                /** @enum {string} */
                                entity: "customer" | "contact" | "site" | "contract" | "equipment";
                                entityId: string;
                                id: string;
                                /** @enum {string} */
                                source: "api" | "import";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/faxes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * File a fax image (PDF or TIFF) to a new or an existing case
         * @description multipart/form-data; one part `file` (a PDF or TIFF, by its bytes); either `caseId` (an existing case's id or number) or `case` (the JSON body of POST /cases; channel becomes fax); optional `note` and `visibility` (public by default). Dispatchers, managers and admins.
         */
        post: {
            parameters: {
                query?: never;
                header?: {
                    "idempotency-key"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        case?: {
                            caller?: {
                                address?: string | null;
                                company?: string | null;
                                contractNo?: string | null;
                                /** Format: email */
                                email?: string | null;
                                name: string;
                                phone?: string | null;
                            };
                            caseType: string;
                            /** @enum {string} */
                            channel?: "fax";
                            /** Format: uuid */
                            contactId?: string;
                            description?: string;
                            /** Format: uuid */
                            equipmentId?: string;
                            /** @enum {string} */
                            faultLevel: "S1" | "S2" | "S3" | "S4";
                            /** @enum {string} */
                            priority?: "P1" | "P2" | "P3" | "P4";
                            /** Format: uuid */
                            siteId?: string;
                            subject: string;
                            vendor: string;
                        };
                        caseId?: string;
                        /** @description the fax image: a PDF or TIFF */
                        file: string[];
                        note?: string;
                        /** @enum {string} */
                        visibility?: "public" | "internal";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assigneeId: string | null;
                            assigneeName: string | null;
                            attachments: {
                                activityId: string;
                                caseId: string;
                                contentType: string;
                                createdAt: string;
                                declaredType: string | null;
                                downloadUrl: string;
                                filename: string;
                                filenameAdjustments?: string[];
                                id: string;
                                sha256: string;
                                sizeBytes: number;
                                uploadedBy: string | null;
                                /** @enum {string} */
                                visibility: "public" | "internal";
                            }[];
                            caller: {
                                address: string | null;
                                company: string | null;
                                contractNo: string | null;
                                email: string | null;
                                name: string;
                                phone: string | null;
                            };
                            caseType: string;
                            /** @enum {string} */
                            channel: "phone" | "email" | "web" | "fax";
                            closedAt: string | null;
                            contactId: string | null;
                            contractEndsOn: string | null;
                            contractExpired: boolean;
                            contractId: string | null;
                            createdAt: string;
                            createdBy: string | null;
                            customerId: string | null;
                            customerName: string | null;
                            description: string;
                            equipmentId: string | null;
                            expertId: string | null;
                            /** @enum {string} */
                            faultLevel: "S1" | "S2" | "S3" | "S4";
                            id: string;
                            number: string;
                            /** @enum {string} */
                            priority: "P1" | "P2" | "P3" | "P4";
                            resolution: string | null;
                            resolutionCycle: number;
                            resolvedAt: string | null;
                            respondedAt: string | null;
                            responseCycle: number;
                            rmaRequestedAt: string | null;
                            siteId: string | null;
                            /** @enum {string} */
                            status: "new" | "assigned" | "in_progress" | "escalated" | "waiting_customer" | "waiting_vendor" | "waiting_parts" | "resolved" | "closed";
                            subject: string;
                            updatedAt: string;
                            vendor: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/master-data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import customers, contacts, contracts and equipment from the template (XLSX or CSV)
         * @description multipart/form-data, one part `file` (.xlsx, or .csv in UTF-8 or GB18030). `dryRun=true` checks every line and changes nothing; `dryRun=false` applies the file in one transaction only if no line is bad, else answers 422 with every bad line. Managers and admins.
         */
        post: {
            parameters: {
                query?: {
                    dryRun?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description the filled-in template: .xlsx, or .csv (UTF-8 or GB18030)
                         */
                        file: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applied: boolean;
                            counts: {
                                contacts: {
                                    created: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                contracts: {
                                    created: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                customers: {
                                    created: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                equipment: {
                                    created: number;
                                    unchanged: number;
                                    updated: number;
                                };
                            };
                            dryRun: boolean;
                            issues: {
                                code: string;
                                column: string | null;
                                columnLabel: string | null;
                                kind: ("customers" | "contacts" | "contracts" | "equipment") | null;
                                line: number | null;
                                message: string;
                                sheet: string;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            counts?: {
                                contacts: {
                                    created: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                contracts: {
                                    created: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                customers: {
                                    created: number;
                                    unchanged: number;
                                    updated: number;
                                };
                                equipment: {
                                    created: number;
                                    unchanged: number;
                                    updated: number;
                                };
                            };
                            detail: string;
                            errors?: {
                                code: string;
                                column?: string | null;
                                columnLabel?: string | null;
                                kind?: ("customers" | "contacts" | "contracts" | "equipment") | null;
                                line?: number | null;
                                message: string;
                                path: string;
                                sheet?: string;
                            }[];
                            status: number;
                            title: string;
                            type: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/master-data/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The import template: a sheet per kind, Chinese headers with the English ones under them */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/intake/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Incoming e-mail and fax, newest first; dispatchers, managers and admins */
        get: {
            parameters: {
                query?: {
                    status?: ("received" | "processed" | "rejected" | "failed")[];
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                ackSkipped: string | null;
                                acknowledgedAt: string | null;
                                attachments: {
                                    attachmentId?: string;
                                    declaredType: string | null;
                                    filename: string;
                                    isInline: boolean;
                                    sizeBytes: number;
                                    sniffedType?: string;
                                }[];
                                caseId: string | null;
                                channel: ("email" | "fax") | null;
                                detail: string | null;
                                envelopeFrom: string | null;
                                id: string;
                                messageId: string | null;
                                outcome: ("opened" | "threaded") | null;
                                processedAt: string | null;
                                reason: string | null;
                                receivedAt: string;
                                sender: string | null;
                                sizeBytes: number;
                                /** @enum {string} */
                                source: "imap" | "smtp";
                                sourceRef: string | null;
                                /** @enum {string} */
                                status: "received" | "processed" | "rejected" | "failed";
                                subject: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/intake/messages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One incoming message */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ackSkipped: string | null;
                            acknowledgedAt: string | null;
                            attachments: {
                                attachmentId?: string;
                                declaredType: string | null;
                                filename: string;
                                isInline: boolean;
                                sizeBytes: number;
                                sniffedType?: string;
                            }[];
                            caseId: string | null;
                            channel: ("email" | "fax") | null;
                            detail: string | null;
                            envelopeFrom: string | null;
                            id: string;
                            messageId: string | null;
                            outcome: ("opened" | "threaded") | null;
                            processedAt: string | null;
                            reason: string | null;
                            receivedAt: string;
                            sender: string | null;
                            sizeBytes: number;
                            /** @enum {string} */
                            source: "imap" | "smtp";
                            sourceRef: string | null;
                            /** @enum {string} */
                            status: "received" | "processed" | "rejected" | "failed";
                            subject: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/intake/messages/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Process a rejected or failed message again; managers and admins */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ackSkipped: string | null;
                            acknowledgedAt: string | null;
                            attachments: {
                                attachmentId?: string;
                                declaredType: string | null;
                                filename: string;
                                isInline: boolean;
                                sizeBytes: number;
                                sniffedType?: string;
                            }[];
                            caseId: string | null;
                            channel: ("email" | "fax") | null;
                            detail: string | null;
                            envelopeFrom: string | null;
                            id: string;
                            messageId: string | null;
                            outcome: ("opened" | "threaded") | null;
                            processedAt: string | null;
                            reason: string | null;
                            receivedAt: string;
                            sender: string | null;
                            sizeBytes: number;
                            /** @enum {string} */
                            source: "imap" | "smtp";
                            sourceRef: string | null;
                            /** @enum {string} */
                            status: "received" | "processed" | "rejected" | "failed";
                            subject: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/intake/unverified-callers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cases opened by mail or fax from senders not in the customer database */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                caseId: string;
                                caseNumber: string;
                                caseSubject: string;
                                channel: string;
                                createdAt: string;
                                email: string | null;
                                inboundMessageId: string | null;
                                name: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/intake/unverified-callers/{caseId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm who the sender is: an existing contact, or a new contact of a company */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        contactId?: string;
                        newContact?: {
                            /** Format: uuid */
                            customerId: string;
                            name?: string;
                            phone?: string | null;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            caseId: string;
                            contactId: string | null;
                            customerId: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Live updates as server-sent events (text/event-stream): case events the caller may see, heartbeats */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/low-stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every depot and part below its minimum, with a suggested replenishment */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                available: number;
                                depotId: string;
                                depotName: string;
                                description: string;
                                inTransit: number;
                                minLevel: number;
                                onHand: number;
                                partId: string;
                                partNumber: string;
                                reserved: number;
                                shortBy: number;
                                suggestion: {
                                    depotId?: string;
                                    depotName?: string;
                                    quantity: number;
                                    /** @enum {string} */
                                    source: "depot" | "vendor" | "in_transit";
                                    vendor?: string;
                                };
                                vendor: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/maintenance-board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per customer and month: jobs due, delivered on time or late, late and still open, proactive calls (managers, admins) */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                    customerId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            items: {
                                customerId: string;
                                customerName: string;
                                deliveredLate: number;
                                deliveredOnTime: number;
                                jobsDue: number;
                                late: number;
                                month: string;
                                open: number;
                                proactiveCalls: number;
                            }[];
                            to: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/maintenance-jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Maintenance jobs, newest period first; a customer sees its own company's delivered reports only */
        get: {
            parameters: {
                query?: {
                    status?: ("open" | "in_progress" | "report_submitted" | "delivered")[];
                    customerId?: string;
                    period?: string;
                    engineerId?: string;
                    month?: string;
                    timeliness?: "on_time" | "late" | "due";
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                approvedAt: string | null;
                                checklist: {
                                    en: string;
                                    key: string;
                                    note: string | null;
                                    result: ("ok" | "issue" | "n_a") | null;
                                    zh: string;
                                }[];
                                checklistVersion: number;
                                contractId: string;
                                contractNo: string;
                                customerId: string;
                                customerName: string;
                                deliveredAt: string | null;
                                deliveredTo: string | null;
                                engineerId: string | null;
                                engineerName: string | null;
                                equipment: string;
                                equipmentId: string;
                                findings: {
                                    /** @enum {string} */
                                    comparison: "above" | "below";
                                    from: string;
                                    instance: string;
                                    metric: string;
                                    minutes: number;
                                    recommendationEn: string;
                                    recommendationZh: string;
                                    ruleCode: string;
                                    /** @enum {string} */
                                    severity: "info" | "warning" | "critical";
                                    threshold: number;
                                    titleEn: string;
                                    titleZh: string;
                                    to: string;
                                    worst: number;
                                }[];
                                hasReport: boolean;
                                id: string;
                                number: string;
                                openItemCount: number;
                                openedAt: string;
                                overdueWarnedAt: string | null;
                                period: string;
                                periodStartsAt: string;
                                planId: string;
                                reportBuiltAt: string | null;
                                reportDueAt: string;
                                signedOffAt: string | null;
                                /** @enum {string} */
                                status: "open" | "in_progress" | "report_submitted" | "delivered";
                                summary: string | null;
                                /** @enum {string} */
                                timeliness: "due" | "on_time" | "late";
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/maintenance-jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One maintenance job */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            checklist: {
                                en: string;
                                key: string;
                                note: string | null;
                                result: ("ok" | "issue" | "n_a") | null;
                                zh: string;
                            }[];
                            checklistVersion: number;
                            contractId: string;
                            contractNo: string;
                            customerId: string;
                            customerName: string;
                            deliveredAt: string | null;
                            deliveredTo: string | null;
                            engineerId: string | null;
                            engineerName: string | null;
                            equipment: string;
                            equipmentId: string;
                            findings: {
                                /** @enum {string} */
                                comparison: "above" | "below";
                                from: string;
                                instance: string;
                                metric: string;
                                minutes: number;
                                recommendationEn: string;
                                recommendationZh: string;
                                ruleCode: string;
                                /** @enum {string} */
                                severity: "info" | "warning" | "critical";
                                threshold: number;
                                titleEn: string;
                                titleZh: string;
                                to: string;
                                worst: number;
                            }[];
                            hasReport: boolean;
                            id: string;
                            number: string;
                            openItemCount: number;
                            openedAt: string;
                            overdueWarnedAt: string | null;
                            period: string;
                            periodStartsAt: string;
                            planId: string;
                            reportBuiltAt: string | null;
                            reportDueAt: string;
                            signedOffAt: string | null;
                            /** @enum {string} */
                            status: "open" | "in_progress" | "report_submitted" | "delivered";
                            summary: string | null;
                            /** @enum {string} */
                            timeliness: "due" | "on_time" | "late";
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Record checklist results (by item key), the summary or the engineer */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        checklist?: {
                            key: string;
                            note?: string | null;
                            result: ("ok" | "issue" | "n_a") | null;
                        }[];
                        engineerId?: string | null;
                        summary?: string | null;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            checklist: {
                                en: string;
                                key: string;
                                note: string | null;
                                result: ("ok" | "issue" | "n_a") | null;
                                zh: string;
                            }[];
                            checklistVersion: number;
                            contractId: string;
                            contractNo: string;
                            customerId: string;
                            customerName: string;
                            deliveredAt: string | null;
                            deliveredTo: string | null;
                            engineerId: string | null;
                            engineerName: string | null;
                            equipment: string;
                            equipmentId: string;
                            findings: {
                                /** @enum {string} */
                                comparison: "above" | "below";
                                from: string;
                                instance: string;
                                metric: string;
                                minutes: number;
                                recommendationEn: string;
                                recommendationZh: string;
                                ruleCode: string;
                                /** @enum {string} */
                                severity: "info" | "warning" | "critical";
                                threshold: number;
                                titleEn: string;
                                titleZh: string;
                                to: string;
                                worst: number;
                            }[];
                            hasReport: boolean;
                            id: string;
                            number: string;
                            openItemCount: number;
                            openedAt: string;
                            overdueWarnedAt: string | null;
                            period: string;
                            periodStartsAt: string;
                            planId: string;
                            reportBuiltAt: string | null;
                            reportDueAt: string;
                            signedOffAt: string | null;
                            /** @enum {string} */
                            status: "open" | "in_progress" | "report_submitted" | "delivered";
                            summary: string | null;
                            /** @enum {string} */
                            timeliness: "due" | "on_time" | "late";
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/maintenance-jobs/{id}/analyse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Read the job's performance data again against today's rules */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            findings: {
                                /** @enum {string} */
                                comparison: "above" | "below";
                                from: string;
                                instance: string;
                                metric: string;
                                minutes: number;
                                recommendationEn: string;
                                recommendationZh: string;
                                ruleCode: string;
                                /** @enum {string} */
                                severity: "info" | "warning" | "critical";
                                threshold: number;
                                titleEn: string;
                                titleZh: string;
                                to: string;
                                worst: number;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/maintenance-jobs/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An expert approves the built report (optional) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            checklist: {
                                en: string;
                                key: string;
                                note: string | null;
                                result: ("ok" | "issue" | "n_a") | null;
                                zh: string;
                            }[];
                            checklistVersion: number;
                            contractId: string;
                            contractNo: string;
                            customerId: string;
                            customerName: string;
                            deliveredAt: string | null;
                            deliveredTo: string | null;
                            engineerId: string | null;
                            engineerName: string | null;
                            equipment: string;
                            equipmentId: string;
                            findings: {
                                /** @enum {string} */
                                comparison: "above" | "below";
                                from: string;
                                instance: string;
                                metric: string;
                                minutes: number;
                                recommendationEn: string;
                                recommendationZh: string;
                                ruleCode: string;
                                /** @enum {string} */
                                severity: "info" | "warning" | "critical";
                                threshold: number;
                                titleEn: string;
                                titleZh: string;
                                to: string;
                                worst: number;
                            }[];
                            hasReport: boolean;
                            id: string;
                            number: string;
                            openItemCount: number;
                            openedAt: string;
                            overdueWarnedAt: string | null;
                            period: string;
                            periodStartsAt: string;
                            planId: string;
                            reportBuiltAt: string | null;
                            reportDueAt: string;
                            signedOffAt: string | null;
                            /** @enum {string} */
                            status: "open" | "in_progress" | "report_submitted" | "delivered";
                            summary: string | null;
                            /** @enum {string} */
                            timeliness: "due" | "on_time" | "late";
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/maintenance-jobs/{id}/deliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deliver the report: e-mailed to the customer's designated contacts (PDF attached) and shown in the portal
         * @description 422 naming the reason when the report is not built, checklist items are open, or the customer has no designated contact with an e-mail address.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            checklist: {
                                en: string;
                                key: string;
                                note: string | null;
                                result: ("ok" | "issue" | "n_a") | null;
                                zh: string;
                            }[];
                            checklistVersion: number;
                            contractId: string;
                            contractNo: string;
                            customerId: string;
                            customerName: string;
                            deliveredAt: string | null;
                            deliveredTo: string | null;
                            engineerId: string | null;
                            engineerName: string | null;
                            equipment: string;
                            equipmentId: string;
                            findings: {
                                /** @enum {string} */
                                comparison: "above" | "below";
                                from: string;
                                instance: string;
                                metric: string;
                                minutes: number;
                                recommendationEn: string;
                                recommendationZh: string;
                                ruleCode: string;
                                /** @enum {string} */
                                severity: "info" | "warning" | "critical";
                                threshold: number;
                                titleEn: string;
                                titleZh: string;
                                to: string;
                                worst: number;
                            }[];
                            hasReport: boolean;
                            id: string;
                            number: string;
                            openItemCount: number;
                            openedAt: string;
                            overdueWarnedAt: string | null;
                            period: string;
                            periodStartsAt: string;
                            planId: string;
                            reportBuiltAt: string | null;
                            reportDueAt: string;
                            signedOffAt: string | null;
                            /** @enum {string} */
                            status: "open" | "in_progress" | "report_submitted" | "delivered";
                            summary: string | null;
                            /** @enum {string} */
                            timeliness: "due" | "on_time" | "late";
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/maintenance-jobs/{id}/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A job's uploads and its series merged across them, at most 500 points each (peaks kept), for charts */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            series: {
                                instance: string;
                                metric: string;
                                points: [
                                    number,
                                    number
                                ][];
                                unit: string;
                            }[];
                            uploads: {
                                createdAt: string;
                                filename: string | null;
                                firstAt: string;
                                /** @enum {string} */
                                format: "csv" | "sysstat" | "nmon" | "push";
                                host: string | null;
                                id: string;
                                lastAt: string;
                                sampleCount: number;
                                series: {
                                    instance: string;
                                    metric: string;
                                    pointCount: number;
                                    unit: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Upload performance data: casedesk CSV, sysstat sadf -d or nmon; parsed into series and analysed
         * @description multipart/form-data, one part `file` of at most 20 MB. The format is told by the content. A file that cannot be read is refused (422) with its line and reason, and nothing is kept.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description casedesk CSV, sysstat sadf -d output, or an nmon file
                         */
                        file: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            findings: {
                                /** @enum {string} */
                                comparison: "above" | "below";
                                from: string;
                                instance: string;
                                metric: string;
                                minutes: number;
                                recommendationEn: string;
                                recommendationZh: string;
                                ruleCode: string;
                                /** @enum {string} */
                                severity: "info" | "warning" | "critical";
                                threshold: number;
                                titleEn: string;
                                titleZh: string;
                                to: string;
                                worst: number;
                            }[];
                            upload: {
                                createdAt: string;
                                filename: string | null;
                                firstAt: string;
                                /** @enum {string} */
                                format: "csv" | "sysstat" | "nmon" | "push";
                                host: string | null;
                                id: string;
                                lastAt: string;
                                sampleCount: number;
                                series: {
                                    instance: string;
                                    metric: string;
                                    pointCount: number;
                                    unit: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/maintenance-jobs/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Build the report and sign it off: checklist results, findings, charts, recommendations and the summary, frozen as they are now */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        summary?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            approvedAt: string | null;
                            checklist: {
                                en: string;
                                key: string;
                                note: string | null;
                                result: ("ok" | "issue" | "n_a") | null;
                                zh: string;
                            }[];
                            checklistVersion: number;
                            contractId: string;
                            contractNo: string;
                            customerId: string;
                            customerName: string;
                            deliveredAt: string | null;
                            deliveredTo: string | null;
                            engineerId: string | null;
                            engineerName: string | null;
                            equipment: string;
                            equipmentId: string;
                            findings: {
                                /** @enum {string} */
                                comparison: "above" | "below";
                                from: string;
                                instance: string;
                                metric: string;
                                minutes: number;
                                recommendationEn: string;
                                recommendationZh: string;
                                ruleCode: string;
                                /** @enum {string} */
                                severity: "info" | "warning" | "critical";
                                threshold: number;
                                titleEn: string;
                                titleZh: string;
                                to: string;
                                worst: number;
                            }[];
                            hasReport: boolean;
                            id: string;
                            number: string;
                            openItemCount: number;
                            openedAt: string;
                            overdueWarnedAt: string | null;
                            period: string;
                            periodStartsAt: string;
                            planId: string;
                            reportBuiltAt: string | null;
                            reportDueAt: string;
                            signedOffAt: string | null;
                            /** @enum {string} */
                            status: "open" | "in_progress" | "report_submitted" | "delivered";
                            summary: string | null;
                            /** @enum {string} */
                            timeliness: "due" | "on_time" | "late";
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/maintenance-jobs/{id}/report.html": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The report as a print-friendly page */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/maintenance-jobs/{id}/report.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The report as PDF (customers: their own company's delivered reports) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/maintenance-metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A monitoring system pushes samples for a covered system (by equipmentId or serial); they join its current job
         * @description For a token of scope `monitoring` (which reaches nothing else), or staff who work jobs. Metrics by their canonical names (cpu.busy_pct, mem.used_pct, fs.used_pct, log.errors, …).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        equipmentId?: string;
                        host?: string;
                        samples: {
                            /** Format: date-time */
                            at: string;
                            instance?: string;
                            metric: string;
                            value: number;
                        }[];
                        serial?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            findings: {
                                /** @enum {string} */
                                comparison: "above" | "below";
                                from: string;
                                instance: string;
                                metric: string;
                                minutes: number;
                                recommendationEn: string;
                                recommendationZh: string;
                                ruleCode: string;
                                /** @enum {string} */
                                severity: "info" | "warning" | "critical";
                                threshold: number;
                                titleEn: string;
                                titleZh: string;
                                to: string;
                                worst: number;
                            }[];
                            jobId: string;
                            upload: {
                                createdAt: string;
                                filename: string | null;
                                firstAt: string;
                                /** @enum {string} */
                                format: "csv" | "sysstat" | "nmon" | "push";
                                host: string | null;
                                id: string;
                                lastAt: string;
                                sampleCount: number;
                                series: {
                                    instance: string;
                                    metric: string;
                                    pointCount: number;
                                    unit: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/maintenance-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Maintenance plans, of one customer or contract if asked (staff) */
        get: {
            parameters: {
                query?: {
                    customerId?: string;
                    contractId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                asksMonthlyCall: boolean;
                                callDueDays: number;
                                checklist: {
                                    en: string;
                                    key: string;
                                    zh: string;
                                }[];
                                checklistVersion: number;
                                contractId: string;
                                contractNo: string;
                                createdAt: string;
                                customerId: string;
                                customerName: string;
                                engineerId: string | null;
                                engineerName: string | null;
                                equipmentIds: string[];
                                /** @enum {string} */
                                frequency: "monthly" | "quarterly";
                                id: string;
                                isActive: boolean;
                                reportDueDays: number;
                                timeZone: string;
                                updatedAt: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Set up preventive maintenance for a contract; the current period's jobs open at once
         * @description Admins and managers. Every equipment id must be on the contract (422 naming `equipmentIds.N` otherwise). The checklist defaults to the seed's seven items.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        asksMonthlyCall?: boolean;
                        callDueDays?: number;
                        checklist?: {
                            en: string;
                            key?: string;
                            zh: string;
                        }[];
                        /** Format: uuid */
                        contractId: string;
                        engineerId?: string | null;
                        equipmentIds: string[];
                        /** @enum {string} */
                        frequency?: "monthly" | "quarterly";
                        reportDueDays?: number;
                        timeZone?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asksMonthlyCall: boolean;
                            callDueDays: number;
                            checklist: {
                                en: string;
                                key: string;
                                zh: string;
                            }[];
                            checklistVersion: number;
                            contractId: string;
                            contractNo: string;
                            createdAt: string;
                            customerId: string;
                            customerName: string;
                            engineerId: string | null;
                            engineerName: string | null;
                            equipmentIds: string[];
                            /** @enum {string} */
                            frequency: "monthly" | "quarterly";
                            id: string;
                            isActive: boolean;
                            reportDueDays: number;
                            timeZone: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/maintenance-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One maintenance plan */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asksMonthlyCall: boolean;
                            callDueDays: number;
                            checklist: {
                                en: string;
                                key: string;
                                zh: string;
                            }[];
                            checklistVersion: number;
                            contractId: string;
                            contractNo: string;
                            createdAt: string;
                            customerId: string;
                            customerName: string;
                            engineerId: string | null;
                            engineerName: string | null;
                            equipmentIds: string[];
                            /** @enum {string} */
                            frequency: "monthly" | "quarterly";
                            id: string;
                            isActive: boolean;
                            reportDueDays: number;
                            timeZone: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a plan; a new checklist becomes its next version (open jobs keep theirs) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        asksMonthlyCall?: boolean;
                        callDueDays?: number;
                        checklist?: {
                            en: string;
                            key?: string;
                            zh: string;
                        }[];
                        engineerId?: string | null;
                        equipmentIds?: string[];
                        /** @enum {string} */
                        frequency?: "monthly" | "quarterly";
                        isActive?: boolean;
                        reportDueDays?: number;
                        timeZone?: string;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asksMonthlyCall: boolean;
                            callDueDays: number;
                            checklist: {
                                en: string;
                                key: string;
                                zh: string;
                            }[];
                            checklistVersion: number;
                            contractId: string;
                            contractNo: string;
                            createdAt: string;
                            customerId: string;
                            customerName: string;
                            engineerId: string | null;
                            engineerName: string | null;
                            equipmentIds: string[];
                            /** @enum {string} */
                            frequency: "monthly" | "quarterly";
                            id: string;
                            isActive: boolean;
                            reportDueDays: number;
                            timeZone: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/maintenance-plans/{id}/checklist-versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of the plan's checklist, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                createdBy: string | null;
                                items: {
                                    en: string;
                                    key: string;
                                    zh: string;
                                }[];
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/maintenance-plans/{id}/open-period": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open a period's jobs by hand (admins, managers); a repeat opens nothing new */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        period: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            openedJobIds: string[];
                            period: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/maintenance-rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The analysis rules: metric, threshold, duration, severity and the recommendation in zh-CN and en */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                /** @enum {string} */
                                comparison: "above" | "below";
                                durationMinutes: number;
                                id: string;
                                isActive: boolean;
                                metric: string;
                                recommendationEn: string;
                                recommendationZh: string;
                                /** @enum {string} */
                                severity: "info" | "warning" | "critical";
                                threshold: number;
                                titleEn: string;
                                titleZh: string;
                                updatedAt: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add an analysis rule (admins, managers) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        /** @enum {string} */
                        comparison: "above" | "below";
                        durationMinutes: number;
                        isActive?: boolean;
                        metric: string;
                        recommendationEn: string;
                        recommendationZh: string;
                        /** @enum {string} */
                        severity: "info" | "warning" | "critical";
                        threshold: number;
                        titleEn: string;
                        titleZh: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** @enum {string} */
                            comparison: "above" | "below";
                            durationMinutes: number;
                            id: string;
                            isActive: boolean;
                            metric: string;
                            recommendationEn: string;
                            recommendationZh: string;
                            /** @enum {string} */
                            severity: "info" | "warning" | "critical";
                            threshold: number;
                            titleEn: string;
                            titleZh: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/maintenance-rules/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change an analysis rule or switch it off (admins, managers) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        comparison?: "above" | "below";
                        durationMinutes?: number;
                        isActive?: boolean;
                        metric?: string;
                        recommendationEn?: string;
                        recommendationZh?: string;
                        /** @enum {string} */
                        severity?: "info" | "warning" | "critical";
                        threshold?: number;
                        titleEn?: string;
                        titleZh?: string;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            /** @enum {string} */
                            comparison: "above" | "below";
                            durationMinutes: number;
                            id: string;
                            isActive: boolean;
                            metric: string;
                            recommendationEn: string;
                            recommendationZh: string;
                            /** @enum {string} */
                            severity: "info" | "warning" | "critical";
                            threshold: number;
                            titleEn: string;
                            titleZh: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/notification-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every template in both languages, with the text in force */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                audience: "staff" | "customer";
                                body: string;
                                channels: ("email" | "sms" | "inapp")[];
                                /** @description false: the built-in text is in force */
                                customised: boolean;
                                /** @enum {string} */
                                language: "zh-CN" | "en";
                                name: string;
                                /** @description the parameters the text may use, as {{ name }} */
                                placeholders: string[];
                                sms: string;
                                subject: string;
                                updatedAt: string | null;
                                updatedBy: {
                                    id: string;
                                    name: string;
                                } | null;
                                /** @description 0 until the template is first saved; send it back in If-Match */
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notification-templates/{name}/{language}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One template, with its built-in text */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: "maintenance.report_due" | "maintenance.report_overdue" | "maintenance.report_delivered" | "maintenance.call_due" | "inventory.low_stock" | "rma.step_late" | "report.monthly" | "report.centre" | "case.assigned" | "sla.response_reminder" | "sla.response_alert_dispatcher" | "sla.reassigned_new" | "sla.reassigned_previous" | "sla.reassigned_dispatcher" | "sla.resolution_warning" | "sla.breached" | "case.escalated" | "case.taken_over" | "vendor.confirmation_requested" | "case.rma_requested" | "case.resolved_confirm" | "case.closed" | "survey.invitation" | "survey.reminder" | "intake.acknowledged" | "case.reply" | "case.customer_wrote" | "case.reopened_by_customer" | "survey.low_score";
                    language: "zh-CN" | "en";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            audience: "staff" | "customer";
                            body: string;
                            channels: ("email" | "sms" | "inapp")[];
                            /** @description false: the built-in text is in force */
                            customised: boolean;
                            defaults: {
                                body: string;
                                sms: string;
                                subject: string;
                            };
                            /** @enum {string} */
                            language: "zh-CN" | "en";
                            name: string;
                            /** @description the parameters the text may use, as {{ name }} */
                            placeholders: string[];
                            sms: string;
                            subject: string;
                            updatedAt: string | null;
                            updatedBy: {
                                id: string;
                                name: string;
                            } | null;
                            /** @description 0 until the template is first saved; send it back in If-Match */
                            version: number;
                        };
                    };
                };
            };
        };
        /** Save a text (If-Match: the version read); checked against the template's placeholders */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: "maintenance.report_due" | "maintenance.report_overdue" | "maintenance.report_delivered" | "maintenance.call_due" | "inventory.low_stock" | "rma.step_late" | "report.monthly" | "report.centre" | "case.assigned" | "sla.response_reminder" | "sla.response_alert_dispatcher" | "sla.reassigned_new" | "sla.reassigned_previous" | "sla.reassigned_dispatcher" | "sla.resolution_warning" | "sla.breached" | "case.escalated" | "case.taken_over" | "vendor.confirmation_requested" | "case.rma_requested" | "case.resolved_confirm" | "case.closed" | "survey.invitation" | "survey.reminder" | "intake.acknowledged" | "case.reply" | "case.customer_wrote" | "case.reopened_by_customer" | "survey.low_score";
                    language: "zh-CN" | "en";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        sms: string;
                        subject: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            audience: "staff" | "customer";
                            body: string;
                            channels: ("email" | "sms" | "inapp")[];
                            /** @description false: the built-in text is in force */
                            customised: boolean;
                            defaults: {
                                body: string;
                                sms: string;
                                subject: string;
                            };
                            /** @enum {string} */
                            language: "zh-CN" | "en";
                            name: string;
                            /** @description the parameters the text may use, as {{ name }} */
                            placeholders: string[];
                            sms: string;
                            subject: string;
                            updatedAt: string | null;
                            updatedBy: {
                                id: string;
                                name: string;
                            } | null;
                            /** @description 0 until the template is first saved; send it back in If-Match */
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        /** Restore the built-in text (kept in the history as a version) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: "maintenance.report_due" | "maintenance.report_overdue" | "maintenance.report_delivered" | "maintenance.call_due" | "inventory.low_stock" | "rma.step_late" | "report.monthly" | "report.centre" | "case.assigned" | "sla.response_reminder" | "sla.response_alert_dispatcher" | "sla.reassigned_new" | "sla.reassigned_previous" | "sla.reassigned_dispatcher" | "sla.resolution_warning" | "sla.breached" | "case.escalated" | "case.taken_over" | "vendor.confirmation_requested" | "case.rma_requested" | "case.resolved_confirm" | "case.closed" | "survey.invitation" | "survey.reminder" | "intake.acknowledged" | "case.reply" | "case.customer_wrote" | "case.reopened_by_customer" | "survey.low_score";
                    language: "zh-CN" | "en";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            audience: "staff" | "customer";
                            body: string;
                            channels: ("email" | "sms" | "inapp")[];
                            /** @description false: the built-in text is in force */
                            customised: boolean;
                            defaults: {
                                body: string;
                                sms: string;
                                subject: string;
                            };
                            /** @enum {string} */
                            language: "zh-CN" | "en";
                            name: string;
                            /** @description the parameters the text may use, as {{ name }} */
                            placeholders: string[];
                            sms: string;
                            subject: string;
                            updatedAt: string | null;
                            updatedBy: {
                                id: string;
                                name: string;
                            } | null;
                            /** @description 0 until the template is first saved; send it back in If-Match */
                            version: number;
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notification-templates/{name}/{language}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Render a text with sample values without saving it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: "maintenance.report_due" | "maintenance.report_overdue" | "maintenance.report_delivered" | "maintenance.call_due" | "inventory.low_stock" | "rma.step_late" | "report.monthly" | "report.centre" | "case.assigned" | "sla.response_reminder" | "sla.response_alert_dispatcher" | "sla.reassigned_new" | "sla.reassigned_previous" | "sla.reassigned_dispatcher" | "sla.resolution_warning" | "sla.breached" | "case.escalated" | "case.taken_over" | "vendor.confirmation_requested" | "case.rma_requested" | "case.resolved_confirm" | "case.closed" | "survey.invitation" | "survey.reminder" | "intake.acknowledged" | "case.reply" | "case.customer_wrote" | "case.reopened_by_customer" | "survey.low_score";
                    language: "zh-CN" | "en";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        sms: string;
                        subject: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            sms: string;
                            smsLength: number;
                            subject: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notification-templates/{name}/{language}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every saved version, newest first (null texts: the built-in one restored) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    name: "maintenance.report_due" | "maintenance.report_overdue" | "maintenance.report_delivered" | "maintenance.call_due" | "inventory.low_stock" | "rma.step_late" | "report.monthly" | "report.centre" | "case.assigned" | "sla.response_reminder" | "sla.response_alert_dispatcher" | "sla.reassigned_new" | "sla.reassigned_previous" | "sla.reassigned_dispatcher" | "sla.resolution_warning" | "sla.breached" | "case.escalated" | "case.taken_over" | "vendor.confirmation_requested" | "case.rma_requested" | "case.resolved_confirm" | "case.closed" | "survey.invitation" | "survey.reminder" | "intake.acknowledged" | "case.reply" | "case.customer_wrote" | "case.reopened_by_customer" | "survey.low_score";
                    language: "zh-CN" | "en";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                body: string | null;
                                createdAt: string;
                                createdBy: {
                                    id: string;
                                    name: string;
                                } | null;
                                sms: string | null;
                                subject: string | null;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your in-app notifications, newest first */
        get: {
            parameters: {
                query?: {
                    unread?: "true" | "false";
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                body: string;
                                caseId: string | null;
                                createdAt: string;
                                id: string;
                                readAt: string | null;
                                template: string;
                                title: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all your notifications read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            marked: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of your in-app notifications are unread (counted up to 100) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            count: number;
                            isCapped: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of your notifications read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            body: string;
                            caseId: string | null;
                            createdAt: string;
                            id: string;
                            readAt: string | null;
                            template: string;
                            title: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The parts catalogue (staff) */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                compatibleModels: string[];
                                createdAt: string;
                                description: string;
                                id: string;
                                isSerialised: boolean;
                                model: string | null;
                                partNumber: string;
                                updatedAt: string;
                                vendor: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a part to the catalogue (RMA admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        compatibleModels?: string[];
                        description: string;
                        isSerialised: boolean;
                        model?: string | null;
                        partNumber: string;
                        vendor: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            compatibleModels: string[];
                            createdAt: string;
                            description: string;
                            id: string;
                            isSerialised: boolean;
                            model: string | null;
                            partNumber: string;
                            updatedAt: string;
                            vendor: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parts/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import the catalogue from .xlsx or .csv (headers: 备件号/Part number, 厂商/Vendor, 型号/Model, 描述/Description, 适用设备型号/Compatible models, 序列号管理/Serialised)
         * @description multipart/form-data, one part `file`. `dryRun=true` checks every line and changes nothing; `dryRun=false` applies the file only if no line is bad.
         */
        post: {
            parameters: {
                query?: {
                    dryRun?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "multipart/form-data": {
                        /**
                         * Format: binary
                         * @description .xlsx, or .csv (UTF-8 or GB18030)
                         */
                        file: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            applied: boolean;
                            created: number;
                            dryRun: boolean;
                            issues: {
                                code: string;
                                column: string | null;
                                line: number | null;
                                message: string;
                            }[];
                            unchanged: number;
                            updated: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/parts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One part */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            compatibleModels: string[];
                            createdAt: string;
                            description: string;
                            id: string;
                            isSerialised: boolean;
                            model: string | null;
                            partNumber: string;
                            updatedAt: string;
                            vendor: string;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a part's description, model or compatible equipment */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        compatibleModels?: string[];
                        description?: string;
                        model?: string | null;
                        vendor?: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            compatibleModels: string[];
                            createdAt: string;
                            description: string;
                            id: string;
                            isSerialised: boolean;
                            model: string | null;
                            partNumber: string;
                            updatedAt: string;
                            vendor: string;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/proactive-calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Proactive calls, of one engineer if asked, newest first (staff) */
        get: {
            parameters: {
                query?: {
                    engineerId?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                calledAt: string;
                                contactId: string | null;
                                contactName: string;
                                createdAt: string;
                                customerId: string;
                                customerName: string;
                                /** @enum {string} */
                                direction: "outbound" | "inbound";
                                engineerId: string | null;
                                engineerName: string | null;
                                followUpOn: string | null;
                                id: string;
                                summary: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/proactive-calls/due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Calls that plans asking for a monthly call still wait for this period (no call to the customer logged since it began), with when each is due (staff) */
        get: {
            parameters: {
                query?: {
                    engineerId?: string;
                    customerId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                customerId: string;
                                customerName: string;
                                dueAt: string;
                                engineerId: string | null;
                                engineerName: string | null;
                                overdue: boolean;
                                period: string;
                                planId: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/centre": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The centre's report for a range of months, with engineers, vendors and dispatchers (managers) */
        get: {
            parameters: {
                query?: {
                    month?: string;
                    from?: string;
                    to?: string;
                    lang?: "zh-CN" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            backlog: {
                                atEnd: number;
                                trend: {
                                    closed: number;
                                    month: string;
                                    open: number;
                                    opened: number;
                                }[];
                            };
                            breaches: {
                                items: {
                                    breachedAt: string;
                                    caseId: string;
                                    caseNumber: string;
                                    cycle: number;
                                    dueAt: string;
                                    faultLevel: string;
                                    metric: string;
                                    subject: string;
                                }[];
                                total: number;
                            };
                            byDispatcher: {
                                firstResponseMet: number | null;
                                name: string;
                                opened: number;
                                userId: string;
                            }[];
                            byEngineer: {
                                firstResponse: {
                                    count: number;
                                    maxMs: number | null;
                                    medianMs: number | null;
                                    p90Ms: number | null;
                                };
                                name: string;
                                openAtEnd: number;
                                opened: number;
                                overall: number | null;
                                resolved: number;
                                response: {
                                    count: number;
                                    maxMs: number | null;
                                    medianMs: number | null;
                                    p90Ms: number | null;
                                };
                                surveys: number;
                                userId: string;
                                visits: number;
                            }[];
                            byVendor: {
                                closed: number;
                                opened: number;
                                rmaMedianTurnaroundMs: number | null;
                                rmaOpened: number | null;
                                vendor: string;
                                vendorRequests: number;
                            }[];
                            closed: {
                                caseType: {
                                    count: number;
                                    key: string;
                                }[];
                                channel: {
                                    count: number;
                                    key: string;
                                }[];
                                faultLevel: {
                                    count: number;
                                    key: string;
                                }[];
                                total: number;
                                vendor: {
                                    count: number;
                                    key: string;
                                }[];
                            };
                            compliance: {
                                breached: number;
                                faultLevel: string | null;
                                measured: number;
                                met: number;
                                /** @enum {string} */
                                metric: "first_response" | "resolution" | "response";
                                percent: number | null;
                            }[];
                            maintenance: {
                                /** @enum {boolean} */
                                available: false;
                            } | {
                                /** @enum {boolean} */
                                available: true;
                                deliveredOnTime: number;
                                due: number;
                                late: number;
                            };
                            opened: {
                                caseType: {
                                    count: number;
                                    key: string;
                                }[];
                                channel: {
                                    count: number;
                                    key: string;
                                }[];
                                faultLevel: {
                                    count: number;
                                    key: string;
                                }[];
                                total: number;
                                vendor: {
                                    count: number;
                                    key: string;
                                }[];
                            };
                            period: {
                                endsAt: string;
                                fromMonth: string;
                                startsAt: string;
                                timeZone: string;
                                toMonth: string;
                            };
                            rma: {
                                /** @enum {boolean} */
                                available: false;
                            } | {
                                /** @enum {boolean} */
                                available: true;
                                closed: number;
                                opened: number;
                                turnaround: {
                                    maxMs: number | null;
                                    medianMs: number | null;
                                };
                            };
                            satisfaction: {
                                answered: number;
                                averages: {
                                    overall: number | null;
                                    professionalism: number | null;
                                    resolution: number | null;
                                    responseSpeed: number | null;
                                };
                                comments: {
                                    answeredAt: string;
                                    caseNumber: string;
                                    comment: string;
                                    overall: number;
                                }[];
                                sent: number;
                            };
                            scope: {
                                contractId: string | null;
                                contractNo: string | null;
                                customerId: string | null;
                                customerName: string | null;
                            };
                            times: {
                                byFaultLevel: {
                                    faultLevel: string;
                                    firstResponse: {
                                        count: number;
                                        maxMs: number | null;
                                        medianMs: number | null;
                                        p90Ms: number | null;
                                    };
                                    resolution: {
                                        count: number;
                                        maxMs: number | null;
                                        medianMs: number | null;
                                        p90Ms: number | null;
                                    };
                                }[];
                                firstResponse: {
                                    count: number;
                                    maxMs: number | null;
                                    medianMs: number | null;
                                    p90Ms: number | null;
                                };
                                resolution: {
                                    count: number;
                                    maxMs: number | null;
                                    medianMs: number | null;
                                    p90Ms: number | null;
                                };
                            };
                            visits: {
                                cases: number;
                                count: number;
                                hoursOnSite: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/centre.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The centre report as an Excel workbook */
        get: {
            parameters: {
                query?: {
                    month?: string;
                    from?: string;
                    to?: string;
                    lang?: "zh-CN" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/monthly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer's (or contract's, or without either the centre's) monthly service report */
        get: {
            parameters: {
                query?: {
                    month?: string;
                    from?: string;
                    to?: string;
                    customerId?: string;
                    contractId?: string;
                    lang?: "zh-CN" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            backlog: {
                                atEnd: number;
                                trend: {
                                    closed: number;
                                    month: string;
                                    open: number;
                                    opened: number;
                                }[];
                            };
                            breaches: {
                                items: {
                                    breachedAt: string;
                                    caseId: string;
                                    caseNumber: string;
                                    cycle: number;
                                    dueAt: string;
                                    faultLevel: string;
                                    metric: string;
                                    subject: string;
                                }[];
                                total: number;
                            };
                            closed: {
                                caseType: {
                                    count: number;
                                    key: string;
                                }[];
                                channel: {
                                    count: number;
                                    key: string;
                                }[];
                                faultLevel: {
                                    count: number;
                                    key: string;
                                }[];
                                total: number;
                                vendor: {
                                    count: number;
                                    key: string;
                                }[];
                            };
                            compliance: {
                                breached: number;
                                faultLevel: string | null;
                                measured: number;
                                met: number;
                                /** @enum {string} */
                                metric: "first_response" | "resolution" | "response";
                                percent: number | null;
                            }[];
                            maintenance: {
                                /** @enum {boolean} */
                                available: false;
                            } | {
                                /** @enum {boolean} */
                                available: true;
                                deliveredOnTime: number;
                                due: number;
                                late: number;
                            };
                            opened: {
                                caseType: {
                                    count: number;
                                    key: string;
                                }[];
                                channel: {
                                    count: number;
                                    key: string;
                                }[];
                                faultLevel: {
                                    count: number;
                                    key: string;
                                }[];
                                total: number;
                                vendor: {
                                    count: number;
                                    key: string;
                                }[];
                            };
                            period: {
                                endsAt: string;
                                fromMonth: string;
                                startsAt: string;
                                timeZone: string;
                                toMonth: string;
                            };
                            rma: {
                                /** @enum {boolean} */
                                available: false;
                            } | {
                                /** @enum {boolean} */
                                available: true;
                                closed: number;
                                opened: number;
                                turnaround: {
                                    maxMs: number | null;
                                    medianMs: number | null;
                                };
                            };
                            satisfaction: {
                                answered: number;
                                averages: {
                                    overall: number | null;
                                    professionalism: number | null;
                                    resolution: number | null;
                                    responseSpeed: number | null;
                                };
                                comments: {
                                    answeredAt: string;
                                    caseNumber: string;
                                    comment: string;
                                    overall: number;
                                }[];
                                sent: number;
                            };
                            scope: {
                                contractId: string | null;
                                contractNo: string | null;
                                customerId: string | null;
                                customerName: string | null;
                            };
                            times: {
                                byFaultLevel: {
                                    faultLevel: string;
                                    firstResponse: {
                                        count: number;
                                        maxMs: number | null;
                                        medianMs: number | null;
                                        p90Ms: number | null;
                                    };
                                    resolution: {
                                        count: number;
                                        maxMs: number | null;
                                        medianMs: number | null;
                                        p90Ms: number | null;
                                    };
                                }[];
                                firstResponse: {
                                    count: number;
                                    maxMs: number | null;
                                    medianMs: number | null;
                                    p90Ms: number | null;
                                };
                                resolution: {
                                    count: number;
                                    maxMs: number | null;
                                    medianMs: number | null;
                                    p90Ms: number | null;
                                };
                            };
                            visits: {
                                cases: number;
                                count: number;
                                hoursOnSite: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/monthly.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The monthly report as a PDF (Chinese fonts embedded) */
        get: {
            parameters: {
                query?: {
                    month?: string;
                    from?: string;
                    to?: string;
                    customerId?: string;
                    contractId?: string;
                    lang?: "zh-CN" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/monthly.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The monthly report as an Excel workbook (headers in the reader's language) */
        get: {
            parameters: {
                query?: {
                    month?: string;
                    from?: string;
                    to?: string;
                    customerId?: string;
                    contractId?: string;
                    lang?: "zh-CN" | "en";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rma-step-targets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How long each RMA state may last before its step is late */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                calendarId: string | null;
                                calendarName: string | null;
                                /** @enum {string} */
                                status: "requested" | "vendor_approved" | "replacement_dispatched" | "faulty_returned";
                                /** @enum {string} */
                                unit: "minutes" | "hours" | "working_hours" | "working_days";
                                updatedAt: string;
                                value: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rma-step-targets/{status}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set a state's target (RMA admin): minutes, hours, or working hours or days in a business calendar */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    status: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        calendarId?: string | null;
                        /** @enum {string} */
                        unit: "minutes" | "hours" | "working_hours" | "working_days";
                        value: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            calendarId: string | null;
                            calendarName: string | null;
                            /** @enum {string} */
                            status: "requested" | "vendor_approved" | "replacement_dispatched" | "faulty_returned";
                            /** @enum {string} */
                            unit: "minutes" | "hours" | "working_hours" | "working_days";
                            updatedAt: string;
                            value: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rmas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The RMA queue by state (isLate=true: past their step's target); a customer's own company's only */
        get: {
            parameters: {
                query?: {
                    status?: ("requested" | "vendor_approved" | "replacement_dispatched" | "faulty_returned" | "closed" | "rejected")[];
                    isLate?: "true" | "false";
                    caseId?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: ({
                                caseId: string;
                                caseNumber: string;
                                closedAt: string | null;
                                customerId: string | null;
                                events?: {
                                    actorName: string | null;
                                    at: string;
                                    data: {
                                        [key: string]: unknown;
                                    };
                                    fromStatus: ("requested" | "vendor_approved" | "replacement_dispatched" | "faulty_returned" | "closed" | "rejected") | null;
                                    /** @enum {string} */
                                    kind: "step" | "late";
                                    seq: number;
                                    /** @enum {string} */
                                    toStatus: "requested" | "vendor_approved" | "replacement_dispatched" | "faulty_returned" | "closed" | "rejected";
                                }[];
                                faultDescription: string;
                                faultySerial: string;
                                fromDepotId: string | null;
                                id: string;
                                isLate: boolean;
                                isUnderWarranty: boolean;
                                lateSince: string | null;
                                number: string;
                                partDescription: string | null;
                                partId: string | null;
                                partNumber: string | null;
                                replacementTrackingNo: string | null;
                                requestedAt: string;
                                requestedBy: string | null;
                                returnTrackingNo: string | null;
                                /** @enum {string} */
                                status: "requested" | "vendor_approved" | "replacement_dispatched" | "faulty_returned" | "closed" | "rejected";
                                stepDueAt: string | null;
                                stepStartedAt: string;
                                updatedAt: string;
                                vendor: string;
                                vendorRmaNo: string | null;
                                version: number;
                                /** @enum {string} */
                                warrantyBasis: "equipment" | "contract" | "none";
                                warrantyEndsOn: string | null;
                                /** @enum {string} */
                                warrantyTerm: "repair" | "replace" | "refund";
                            } | {
                                caseId: string;
                                caseNumber: string;
                                closedAt: string | null;
                                id: string;
                                isUnderWarranty: boolean;
                                number: string;
                                partDescription: string | null;
                                requestedAt: string;
                                /** @enum {string} */
                                status: "requested" | "vendor_approved" | "replacement_dispatched" | "faulty_returned" | "closed" | "rejected";
                                steps?: {
                                    at: string;
                                    /** @enum {string} */
                                    status: "requested" | "vendor_approved" | "replacement_dispatched" | "faulty_returned" | "closed" | "rejected";
                                }[];
                                updatedAt: string;
                                /** @enum {string} */
                                warrantyTerm: "repair" | "replace" | "refund";
                            })[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rmas/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One RMA with its steps */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            caseId: string;
                            caseNumber: string;
                            closedAt: string | null;
                            customerId: string | null;
                            events?: {
                                actorName: string | null;
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: ("requested" | "vendor_approved" | "replacement_dispatched" | "faulty_returned" | "closed" | "rejected") | null;
                                /** @enum {string} */
                                kind: "step" | "late";
                                seq: number;
                                /** @enum {string} */
                                toStatus: "requested" | "vendor_approved" | "replacement_dispatched" | "faulty_returned" | "closed" | "rejected";
                            }[];
                            faultDescription: string;
                            faultySerial: string;
                            fromDepotId: string | null;
                            id: string;
                            isLate: boolean;
                            isUnderWarranty: boolean;
                            lateSince: string | null;
                            number: string;
                            partDescription: string | null;
                            partId: string | null;
                            partNumber: string | null;
                            replacementTrackingNo: string | null;
                            requestedAt: string;
                            requestedBy: string | null;
                            returnTrackingNo: string | null;
                            /** @enum {string} */
                            status: "requested" | "vendor_approved" | "replacement_dispatched" | "faulty_returned" | "closed" | "rejected";
                            stepDueAt: string | null;
                            stepStartedAt: string;
                            updatedAt: string;
                            vendor: string;
                            vendorRmaNo: string | null;
                            version: number;
                            /** @enum {string} */
                            warrantyBasis: "equipment" | "contract" | "none";
                            warrantyEndsOn: string | null;
                            /** @enum {string} */
                            warrantyTerm: "repair" | "replace" | "refund";
                        } | {
                            caseId: string;
                            caseNumber: string;
                            closedAt: string | null;
                            id: string;
                            isUnderWarranty: boolean;
                            number: string;
                            partDescription: string | null;
                            requestedAt: string;
                            /** @enum {string} */
                            status: "requested" | "vendor_approved" | "replacement_dispatched" | "faulty_returned" | "closed" | "rejected";
                            steps?: {
                                at: string;
                                /** @enum {string} */
                                status: "requested" | "vendor_approved" | "replacement_dispatched" | "faulty_returned" | "closed" | "rejected";
                            }[];
                            updatedAt: string;
                            /** @enum {string} */
                            warrantyTerm: "repair" | "replace" | "refund";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rmas/{id}/advance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The next step of an RMA (RMA admin); an illegal step is 409 */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        fromDepotId?: string;
                        note?: string;
                        /** Format: uuid */
                        receiveIntoDepotId?: string;
                        receivedSerials?: string[];
                        replacementSerial?: string;
                        /** @enum {string} */
                        to: "requested" | "vendor_approved" | "replacement_dispatched" | "faulty_returned" | "closed" | "rejected";
                        trackingNo?: string;
                        vendorRmaNo?: string;
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            caseId: string;
                            caseNumber: string;
                            closedAt: string | null;
                            customerId: string | null;
                            events?: {
                                actorName: string | null;
                                at: string;
                                data: {
                                    [key: string]: unknown;
                                };
                                fromStatus: ("requested" | "vendor_approved" | "replacement_dispatched" | "faulty_returned" | "closed" | "rejected") | null;
                                /** @enum {string} */
                                kind: "step" | "late";
                                seq: number;
                                /** @enum {string} */
                                toStatus: "requested" | "vendor_approved" | "replacement_dispatched" | "faulty_returned" | "closed" | "rejected";
                            }[];
                            faultDescription: string;
                            faultySerial: string;
                            fromDepotId: string | null;
                            id: string;
                            isLate: boolean;
                            isUnderWarranty: boolean;
                            lateSince: string | null;
                            number: string;
                            partDescription: string | null;
                            partId: string | null;
                            partNumber: string | null;
                            replacementTrackingNo: string | null;
                            requestedAt: string;
                            requestedBy: string | null;
                            returnTrackingNo: string | null;
                            /** @enum {string} */
                            status: "requested" | "vendor_approved" | "replacement_dispatched" | "faulty_returned" | "closed" | "rejected";
                            stepDueAt: string | null;
                            stepStartedAt: string;
                            updatedAt: string;
                            vendor: string;
                            vendorRmaNo: string | null;
                            version: number;
                            /** @enum {string} */
                            warrantyBasis: "equipment" | "contract" | "none";
                            warrantyEndsOn: string | null;
                            /** @enum {string} */
                            warrantyTerm: "repair" | "replace" | "refund";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rosters/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Roster assignments by start date */
        get: {
            parameters: {
                query?: {
                    userId?: string;
                    patternId?: string;
                    on?: string;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                id: string;
                                patternId: string;
                                patternName: string;
                                shiftName: string | null;
                                updatedAt: string;
                                userId: string;
                                userName: string;
                                validFrom: string;
                                validTo: string | null;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Put a user on a shift of a pattern over a range of dates */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        patternId: string;
                        shiftName?: string | null;
                        /** Format: uuid */
                        userId: string;
                        /** Format: date */
                        validFrom: string;
                        validTo?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            id: string;
                            patternId: string;
                            patternName: string;
                            shiftName: string | null;
                            updatedAt: string;
                            userId: string;
                            userName: string;
                            validFrom: string;
                            validTo: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rosters/assignments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take an assignment off the roster */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Change an assignment's shift or dates */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        shiftName?: string | null;
                        /** Format: date */
                        validFrom?: string;
                        validTo?: string | null;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            id: string;
                            patternId: string;
                            patternName: string;
                            shiftName: string | null;
                            updatedAt: string;
                            userId: string;
                            userName: string;
                            validFrom: string;
                            validTo: string | null;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/rosters/on-duty": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is on duty (default now), with shift, open-case load and vendors */
        get: {
            parameters: {
                query?: {
                    at?: string;
                    role?: "dispatcher" | "engineer" | "expert";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            at: string;
                            items: {
                                email: string;
                                id: string;
                                name: string;
                                openCaseLoad: number;
                                phone: string | null;
                                /** @enum {string} */
                                role: "dispatcher" | "engineer" | "expert";
                                shift: {
                                    endsAt: string | null;
                                    overrideId: string | null;
                                    patternId: string | null;
                                    patternName: string | null;
                                    reason: string | null;
                                    shiftName: string | null;
                                    /** @enum {string} */
                                    source: "default" | "roster" | "override";
                                    startsAt: string | null;
                                };
                                vendors: string[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rosters/overrides": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Overrides in force overlapping a window */
        get: {
            parameters: {
                query?: {
                    userId?: string;
                    from?: string;
                    to?: string;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                createdBy: string | null;
                                endsAt: string;
                                id: string;
                                /** @enum {string} */
                                kind: "on_duty" | "off_duty";
                                reason: string;
                                startsAt: string;
                                swapId: string | null;
                                userId: string;
                                userName: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Put someone on duty (a call-in) or off duty over an interval */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        endsAt: string;
                        /** @enum {string} */
                        kind: "on_duty" | "off_duty";
                        reason: string;
                        /** Format: date-time */
                        startsAt?: string;
                        /** Format: uuid */
                        userId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            createdBy: string | null;
                            endsAt: string;
                            id: string;
                            /** @enum {string} */
                            kind: "on_duty" | "off_duty";
                            reason: string;
                            startsAt: string;
                            swapId: string | null;
                            userId: string;
                            userName: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rosters/overrides/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Cancel an override (both halves of a swap) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rosters/patterns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Shift patterns */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                definition: {
                                    /** @enum {string} */
                                    kind: "always";
                                } | {
                                    /** @enum {string} */
                                    kind: "daily";
                                    shifts: {
                                        end: string;
                                        name: string;
                                        start: string;
                                    }[];
                                } | {
                                    /** @enum {string} */
                                    kind: "weekly";
                                    windows: {
                                        day: number;
                                        end: string;
                                        start: string;
                                    }[];
                                };
                                id: string;
                                name: string;
                                role: ("dispatcher" | "engineer" | "expert") | null;
                                timeZone: string;
                                updatedAt: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Define a shift pattern: 7×24, day/night shifts or weekly windows */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        definition: {
                            /** @enum {string} */
                            kind: "always";
                        } | {
                            /** @enum {string} */
                            kind: "daily";
                            shifts: {
                                end: string;
                                name: string;
                                start: string;
                            }[];
                        } | {
                            /** @enum {string} */
                            kind: "weekly";
                            windows: {
                                day: number;
                                end: string;
                                start: string;
                            }[];
                        };
                        name: string;
                        role?: ("dispatcher" | "engineer" | "expert") | null;
                        timeZone?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            definition: {
                                /** @enum {string} */
                                kind: "always";
                            } | {
                                /** @enum {string} */
                                kind: "daily";
                                shifts: {
                                    end: string;
                                    name: string;
                                    start: string;
                                }[];
                            } | {
                                /** @enum {string} */
                                kind: "weekly";
                                windows: {
                                    day: number;
                                    end: string;
                                    start: string;
                                }[];
                            };
                            id: string;
                            name: string;
                            role: ("dispatcher" | "engineer" | "expert") | null;
                            timeZone: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rosters/patterns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A shift pattern */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            definition: {
                                /** @enum {string} */
                                kind: "always";
                            } | {
                                /** @enum {string} */
                                kind: "daily";
                                shifts: {
                                    end: string;
                                    name: string;
                                    start: string;
                                }[];
                            } | {
                                /** @enum {string} */
                                kind: "weekly";
                                windows: {
                                    day: number;
                                    end: string;
                                    start: string;
                                }[];
                            };
                            id: string;
                            name: string;
                            role: ("dispatcher" | "engineer" | "expert") | null;
                            timeZone: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete an unused shift pattern */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        /** Rename or redefine a shift pattern */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        definition?: {
                            /** @enum {string} */
                            kind: "always";
                        } | {
                            /** @enum {string} */
                            kind: "daily";
                            shifts: {
                                end: string;
                                name: string;
                                start: string;
                            }[];
                        } | {
                            /** @enum {string} */
                            kind: "weekly";
                            windows: {
                                day: number;
                                end: string;
                                start: string;
                            }[];
                        };
                        name?: string;
                        role?: ("dispatcher" | "engineer" | "expert") | null;
                        timeZone?: string;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            definition: {
                                /** @enum {string} */
                                kind: "always";
                            } | {
                                /** @enum {string} */
                                kind: "daily";
                                shifts: {
                                    end: string;
                                    name: string;
                                    start: string;
                                }[];
                            } | {
                                /** @enum {string} */
                                kind: "weekly";
                                windows: {
                                    day: number;
                                    end: string;
                                    start: string;
                                }[];
                            };
                            id: string;
                            name: string;
                            role: ("dispatcher" | "engineer" | "expert") | null;
                            timeZone: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/rosters/reachable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who can be called (default now): on duty, or off duty but reachable */
        get: {
            parameters: {
                query?: {
                    at?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            at: string;
                            items: {
                                email: string;
                                id: string;
                                name: string;
                                note: string | null;
                                phone: string | null;
                                /** @enum {string} */
                                reason: "on_duty" | "marked_reachable" | "phone_on_file";
                                /** @enum {string} */
                                role: "dispatcher" | "engineer" | "expert";
                                shift: {
                                    endsAt: string | null;
                                    overrideId: string | null;
                                    patternId: string | null;
                                    patternName: string | null;
                                    reason: string | null;
                                    shiftName: string | null;
                                    /** @enum {string} */
                                    source: "default" | "roster" | "override";
                                    startsAt: string | null;
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rosters/swaps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a swap: one goes off duty, another comes on, over the same interval */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        endsAt: string;
                        /** Format: uuid */
                        fromUserId: string;
                        reason: string;
                        /** Format: date-time */
                        startsAt: string;
                        /** Format: uuid */
                        toUserId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            offDuty: {
                                createdAt: string;
                                createdBy: string | null;
                                endsAt: string;
                                id: string;
                                /** @enum {string} */
                                kind: "on_duty" | "off_duty";
                                reason: string;
                                startsAt: string;
                                swapId: string | null;
                                userId: string;
                                userName: string;
                            };
                            onDuty: {
                                createdAt: string;
                                createdBy: string | null;
                                endsAt: string;
                                id: string;
                                /** @enum {string} */
                                kind: "on_duty" | "off_duty";
                                reason: string;
                                startsAt: string;
                                swapId: string | null;
                                userId: string;
                                userName: string;
                            };
                            swapId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sites/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a site */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        address?: string | null;
                        city?: string | null;
                        name?: string;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            address: string | null;
                            city: string | null;
                            createdAt: string;
                            customerId: string;
                            id: string;
                            name: string;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/sites/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The change trail of a site (who, when, before and after), oldest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                action: "created" | "updated";
                                actor: {
                                    id: string;
                                    name: string | null;
                                } | null;
                                after: {
                                    [key: string]: unknown;
                                };
                                at: string;
                                before: {
                                    [key: string]: unknown;
                                } | null;
                                /** @enum {string} */
                                entity: "customer" | "contact" | "site" | "contract" | "equipment";
                                entityId: string;
                                id: string;
                                /** @enum {string} */
                                source: "api" | "import";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sla-breaches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Breaches recorded in a period (default the last 7 days), per metric and newest first (staff) */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            byMetric: {
                                count: number;
                                metric: string;
                            }[];
                            from: string;
                            items: {
                                assigneeId: string | null;
                                assigneeName: string | null;
                                breachedAt: string;
                                caseId: string;
                                caseNumber: string;
                                cycle: number;
                                dueAt: string;
                                faultLevel: string;
                                metric: string;
                                status: string;
                                subject: string;
                            }[];
                            to: string;
                            total: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sla-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Service-level policies and what they are bound to */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                bindings: {
                                    contractId: string | null;
                                    createdAt: string;
                                    faultLevel: string | null;
                                    id: string;
                                    policyId: string;
                                }[];
                                createdAt: string;
                                definition: unknown;
                                id: string;
                                name: string;
                                recalculated?: number;
                                updatedAt: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a policy (ISO 8601 durations) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        calendar: "always" | string;
                        name: string;
                        resolutionWarnings: {
                            atPercent: number;
                            channels: ("email" | "sms" | "inapp")[];
                            notify: ("assignee" | "previous_assignee" | "dispatcher" | "expert" | "manager")[];
                        }[];
                        responseLadder: ({
                            /** @enum {string} */
                            action: "remind";
                            after: string;
                            channels: ("email" | "sms" | "inapp")[];
                            notify: ("assignee" | "previous_assignee" | "dispatcher" | "expert" | "manager")[];
                        } | {
                            /** @enum {string} */
                            action: "alert";
                            after: string;
                            channels: ("email" | "sms" | "inapp")[];
                            notify: ("assignee" | "previous_assignee" | "dispatcher" | "expert" | "manager")[];
                        } | {
                            /** @enum {string} */
                            action: "reassign";
                            after: string;
                            channels?: ("email" | "sms" | "inapp")[];
                            /** @enum {string} */
                            mode: "auto" | "manual";
                            notify?: ("assignee" | "previous_assignee" | "dispatcher" | "expert" | "manager")[];
                        } | {
                            /** @enum {string} */
                            action: "breach";
                            after: string;
                            channels?: ("email" | "sms" | "inapp")[];
                            notify?: ("assignee" | "previous_assignee" | "dispatcher" | "expert" | "manager")[];
                        })[];
                        responseLadderByLevel?: {
                            [key: string]: ({
                                /** @enum {string} */
                                action: "remind";
                                after: string;
                                channels: ("email" | "sms" | "inapp")[];
                                notify: ("assignee" | "previous_assignee" | "dispatcher" | "expert" | "manager")[];
                            } | {
                                /** @enum {string} */
                                action: "alert";
                                after: string;
                                channels: ("email" | "sms" | "inapp")[];
                                notify: ("assignee" | "previous_assignee" | "dispatcher" | "expert" | "manager")[];
                            } | {
                                /** @enum {string} */
                                action: "reassign";
                                after: string;
                                channels?: ("email" | "sms" | "inapp")[];
                                /** @enum {string} */
                                mode: "auto" | "manual";
                                notify?: ("assignee" | "previous_assignee" | "dispatcher" | "expert" | "manager")[];
                            } | {
                                /** @enum {string} */
                                action: "breach";
                                after: string;
                                channels?: ("email" | "sms" | "inapp")[];
                                notify?: ("assignee" | "previous_assignee" | "dispatcher" | "expert" | "manager")[];
                            })[];
                        };
                        targets: {
                            S1: {
                                resolution: string;
                                response: string;
                            };
                            S2: {
                                resolution: string;
                                response: string;
                            };
                            S3: {
                                resolution: string;
                                response: string;
                            };
                            S4: {
                                resolution: string;
                                response: string;
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bindings: {
                                contractId: string | null;
                                createdAt: string;
                                faultLevel: string | null;
                                id: string;
                                policyId: string;
                            }[];
                            createdAt: string;
                            definition: unknown;
                            id: string;
                            name: string;
                            recalculated?: number;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sla-policies/default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The built-in default (the seed's 1-hour response, 30/45-minute ladder) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            calendar: "always" | string;
                            name: string;
                            resolutionWarnings: {
                                atPercent: number;
                                channels: ("email" | "sms" | "inapp")[];
                                notify: ("assignee" | "previous_assignee" | "dispatcher" | "expert" | "manager")[];
                            }[];
                            responseLadder: ({
                                /** @enum {string} */
                                action: "remind";
                                after: string;
                                channels: ("email" | "sms" | "inapp")[];
                                notify: ("assignee" | "previous_assignee" | "dispatcher" | "expert" | "manager")[];
                            } | {
                                /** @enum {string} */
                                action: "alert";
                                after: string;
                                channels: ("email" | "sms" | "inapp")[];
                                notify: ("assignee" | "previous_assignee" | "dispatcher" | "expert" | "manager")[];
                            } | {
                                /** @enum {string} */
                                action: "reassign";
                                after: string;
                                channels?: ("email" | "sms" | "inapp")[];
                                /** @enum {string} */
                                mode: "auto" | "manual";
                                notify?: ("assignee" | "previous_assignee" | "dispatcher" | "expert" | "manager")[];
                            } | {
                                /** @enum {string} */
                                action: "breach";
                                after: string;
                                channels?: ("email" | "sms" | "inapp")[];
                                notify?: ("assignee" | "previous_assignee" | "dispatcher" | "expert" | "manager")[];
                            })[];
                            responseLadderByLevel?: {
                                [key: string]: ({
                                    /** @enum {string} */
                                    action: "remind";
                                    after: string;
                                    channels: ("email" | "sms" | "inapp")[];
                                    notify: ("assignee" | "previous_assignee" | "dispatcher" | "expert" | "manager")[];
                                } | {
                                    /** @enum {string} */
                                    action: "alert";
                                    after: string;
                                    channels: ("email" | "sms" | "inapp")[];
                                    notify: ("assignee" | "previous_assignee" | "dispatcher" | "expert" | "manager")[];
                                } | {
                                    /** @enum {string} */
                                    action: "reassign";
                                    after: string;
                                    channels?: ("email" | "sms" | "inapp")[];
                                    /** @enum {string} */
                                    mode: "auto" | "manual";
                                    notify?: ("assignee" | "previous_assignee" | "dispatcher" | "expert" | "manager")[];
                                } | {
                                    /** @enum {string} */
                                    action: "breach";
                                    after: string;
                                    channels?: ("email" | "sms" | "inapp")[];
                                    notify?: ("assignee" | "previous_assignee" | "dispatcher" | "expert" | "manager")[];
                                })[];
                            };
                            targets: {
                                S1: {
                                    resolution: string;
                                    response: string;
                                };
                                S2: {
                                    resolution: string;
                                    response: string;
                                };
                                S3: {
                                    resolution: string;
                                    response: string;
                                };
                                S4: {
                                    resolution: string;
                                    response: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sla-policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bindings: {
                                contractId: string | null;
                                createdAt: string;
                                faultLevel: string | null;
                                id: string;
                                policyId: string;
                            }[];
                            createdAt: string;
                            definition: unknown;
                            id: string;
                            name: string;
                            recalculated?: number;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        /** Save a new version; running clocks keep theirs unless recalculate */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        definition: {
                            calendar: "always" | string;
                            name: string;
                            resolutionWarnings: {
                                atPercent: number;
                                channels: ("email" | "sms" | "inapp")[];
                                notify: ("assignee" | "previous_assignee" | "dispatcher" | "expert" | "manager")[];
                            }[];
                            responseLadder: ({
                                /** @enum {string} */
                                action: "remind";
                                after: string;
                                channels: ("email" | "sms" | "inapp")[];
                                notify: ("assignee" | "previous_assignee" | "dispatcher" | "expert" | "manager")[];
                            } | {
                                /** @enum {string} */
                                action: "alert";
                                after: string;
                                channels: ("email" | "sms" | "inapp")[];
                                notify: ("assignee" | "previous_assignee" | "dispatcher" | "expert" | "manager")[];
                            } | {
                                /** @enum {string} */
                                action: "reassign";
                                after: string;
                                channels?: ("email" | "sms" | "inapp")[];
                                /** @enum {string} */
                                mode: "auto" | "manual";
                                notify?: ("assignee" | "previous_assignee" | "dispatcher" | "expert" | "manager")[];
                            } | {
                                /** @enum {string} */
                                action: "breach";
                                after: string;
                                channels?: ("email" | "sms" | "inapp")[];
                                notify?: ("assignee" | "previous_assignee" | "dispatcher" | "expert" | "manager")[];
                            })[];
                            responseLadderByLevel?: {
                                [key: string]: ({
                                    /** @enum {string} */
                                    action: "remind";
                                    after: string;
                                    channels: ("email" | "sms" | "inapp")[];
                                    notify: ("assignee" | "previous_assignee" | "dispatcher" | "expert" | "manager")[];
                                } | {
                                    /** @enum {string} */
                                    action: "alert";
                                    after: string;
                                    channels: ("email" | "sms" | "inapp")[];
                                    notify: ("assignee" | "previous_assignee" | "dispatcher" | "expert" | "manager")[];
                                } | {
                                    /** @enum {string} */
                                    action: "reassign";
                                    after: string;
                                    channels?: ("email" | "sms" | "inapp")[];
                                    /** @enum {string} */
                                    mode: "auto" | "manual";
                                    notify?: ("assignee" | "previous_assignee" | "dispatcher" | "expert" | "manager")[];
                                } | {
                                    /** @enum {string} */
                                    action: "breach";
                                    after: string;
                                    channels?: ("email" | "sms" | "inapp")[];
                                    notify?: ("assignee" | "previous_assignee" | "dispatcher" | "expert" | "manager")[];
                                })[];
                            };
                            targets: {
                                S1: {
                                    resolution: string;
                                    response: string;
                                };
                                S2: {
                                    resolution: string;
                                    response: string;
                                };
                                S3: {
                                    resolution: string;
                                    response: string;
                                };
                                S4: {
                                    resolution: string;
                                    response: string;
                                };
                            };
                        };
                        /** @default false */
                        recalculate?: boolean;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bindings: {
                                contractId: string | null;
                                createdAt: string;
                                faultLevel: string | null;
                                id: string;
                                policyId: string;
                            }[];
                            createdAt: string;
                            definition: unknown;
                            id: string;
                            name: string;
                            recalculated?: number;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sla-policies/{id}/bindings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bind to a contract and/or fault level (null = any) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default null */
                        contractId?: string | null;
                        /** @default null */
                        faultLevel?: ("S1" | "S2" | "S3" | "S4") | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contractId: string | null;
                            createdAt: string;
                            faultLevel: string | null;
                            id: string;
                            policyId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sla/running-clocks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Running and paused clocks of up to 200 cases (repeat caseId) */
        get: {
            parameters: {
                query: {
                    caseId: string[];
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                assigneeId: string | null;
                                breachedAt: string | null;
                                caseId: string;
                                cycle: number;
                                dueAt: string | null;
                                metric: string;
                                pausedAt: string | null;
                                pausedMs: number;
                                startedAt: string;
                                status: string;
                                targetMs: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock-movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The movement ledger, newest first (append-only) */
        get: {
            parameters: {
                query?: {
                    partId?: string;
                    depotId?: string;
                    caseId?: string;
                    before?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                actorId: string | null;
                                actorName?: string | null;
                                at: string;
                                caseId: string | null;
                                depotId: string;
                                depotName?: string;
                                id: string;
                                isInTransit?: boolean;
                                partDescription?: string;
                                partId: string;
                                partNumber?: string;
                                quantity: number;
                                reason: string | null;
                                reservationId: string | null;
                                rmaId: string | null;
                                seq: string;
                                serials: string[];
                                toDepotId: string | null;
                                toDepotName?: string | null;
                                transferId: string | null;
                                /** @enum {string} */
                                type: "receive" | "reserve" | "release" | "issue" | "faulty_return" | "transfer" | "transfer_arrived" | "adjust" | "scrap";
                            }[];
                            nextBefore: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Receive, transfer (in transit until it arrives), adjust with a reason, or scrap stock (RMA admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        depotId: string;
                        /** Format: uuid */
                        partId: string;
                        quantity: number;
                        reason?: string;
                        /** Format: uuid */
                        rmaId?: string;
                        serials?: string[];
                        /** Format: uuid */
                        toDepotId?: string;
                        /** @enum {string} */
                        type: "receive" | "transfer" | "adjust" | "scrap";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actorId: string | null;
                            actorName?: string | null;
                            at: string;
                            caseId: string | null;
                            depotId: string;
                            depotName?: string;
                            id: string;
                            isInTransit?: boolean;
                            partDescription?: string;
                            partId: string;
                            partNumber?: string;
                            quantity: number;
                            reason: string | null;
                            reservationId: string | null;
                            rmaId: string | null;
                            seq: string;
                            serials: string[];
                            toDepotId: string | null;
                            toDepotName?: string | null;
                            transferId: string | null;
                            /** @enum {string} */
                            type: "receive" | "reserve" | "release" | "issue" | "faulty_return" | "transfer" | "transfer_arrived" | "adjust" | "scrap";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stock-movements/{id}/arrive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A transfer in transit arrives at its depot */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actorId: string | null;
                            actorName?: string | null;
                            at: string;
                            caseId: string | null;
                            depotId: string;
                            depotName?: string;
                            id: string;
                            isInTransit?: boolean;
                            partDescription?: string;
                            partId: string;
                            partNumber?: string;
                            quantity: number;
                            reason: string | null;
                            reservationId: string | null;
                            rmaId: string | null;
                            seq: string;
                            serials: string[];
                            toDepotId: string | null;
                            toDepotName?: string | null;
                            transferId: string | null;
                            /** @enum {string} */
                            type: "receive" | "reserve" | "release" | "issue" | "faulty_return" | "transfer" | "transfer_arrived" | "adjust" | "scrap";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Satisfaction results: counts and average scores by engineer, vendor, case type or month (managers) */
        get: {
            parameters: {
                query: {
                    groupBy: "engineer" | "vendor" | "caseType" | "month";
                    from?: string;
                    to?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string | null;
                            /** @enum {string} */
                            groupBy: "engineer" | "vendor" | "caseType" | "month";
                            groups: {
                                averages: {
                                    overall: number | null;
                                    professionalism: number | null;
                                    resolution: number | null;
                                    responseSpeed: number | null;
                                };
                                count: number;
                                key: string | null;
                                label: string | null;
                            }[];
                            to: string | null;
                            total: {
                                averages: {
                                    overall: number | null;
                                    professionalism: number | null;
                                    resolution: number | null;
                                    responseSpeed: number | null;
                                };
                                count: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What a survey link is about: case number and subject (no sign-in) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            caseNumber: string;
                            expiresAt: string;
                            /** @enum {string} */
                            status: "open" | "answered" | "expired";
                            subject: string;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Answer the survey through its link (one use, its own case only) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        comment?: string;
                        overall: number;
                        professionalism: number;
                        resolution: number;
                        responseSpeed: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answeredAt: string;
                            caseId: string;
                            comment: string | null;
                            overall: number;
                            professionalism: number;
                            resolution: number;
                            responseSpeed: number;
                            /** @enum {string} */
                            via: "link" | "portal";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/telephony/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recent calls, newest first; isLinked=false for those on no case yet */
        get: {
            parameters: {
                query?: {
                    isLinked?: "true" | "false";
                    extension?: string;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                answeredAt: string | null;
                                callId: string;
                                caseId: string | null;
                                /** @enum {string} */
                                direction: "inbound" | "outbound";
                                durationSeconds: number | null;
                                endedAt: string | null;
                                extension: string | null;
                                from: string;
                                isActivityLogged: boolean;
                                linkedAt: string | null;
                                number: string | null;
                                receivedAt: {
                                    answered: string | null;
                                    ended: string | null;
                                    first: string;
                                    ringing: string | null;
                                };
                                ringingAt: string | null;
                                /** @enum {string} */
                                status: "ringing" | "answered" | "ended";
                                summary: string | null;
                                to: string;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** A call event from the PBX (ringing, answered, ended); a repeat changes nothing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date-time */
                        at: string;
                        callId: string;
                        /** @enum {string} */
                        direction?: "inbound" | "outbound";
                        /** @enum {string} */
                        event: "ringing" | "answered" | "ended";
                        extension?: string;
                        from: string;
                        to: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            call: {
                                answeredAt: string | null;
                                callId: string;
                                caseId: string | null;
                                /** @enum {string} */
                                direction: "inbound" | "outbound";
                                durationSeconds: number | null;
                                endedAt: string | null;
                                extension: string | null;
                                from: string;
                                isActivityLogged: boolean;
                                linkedAt: string | null;
                                number: string | null;
                                receivedAt: {
                                    answered: string | null;
                                    ended: string | null;
                                    first: string;
                                    ringing: string | null;
                                };
                                ringingAt: string | null;
                                /** @enum {string} */
                                status: "ringing" | "answered" | "ended";
                                summary: string | null;
                                to: string;
                            };
                            isDuplicate: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/telephony/calls/active": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Screen-pop: calls ringing or in progress with the caller, company, contracts and open cases */
        get: {
            parameters: {
                query?: {
                    extension?: string;
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                call: {
                                    answeredAt: string | null;
                                    callId: string;
                                    caseId: string | null;
                                    /** @enum {string} */
                                    direction: "inbound" | "outbound";
                                    durationSeconds: number | null;
                                    endedAt: string | null;
                                    extension: string | null;
                                    from: string;
                                    isActivityLogged: boolean;
                                    linkedAt: string | null;
                                    number: string | null;
                                    receivedAt: {
                                        answered: string | null;
                                        ended: string | null;
                                        first: string;
                                        ringing: string | null;
                                    };
                                    ringingAt: string | null;
                                    /** @enum {string} */
                                    status: "ringing" | "answered" | "ended";
                                    summary: string | null;
                                    to: string;
                                };
                                caller: {
                                    companies: {
                                        contracts: {
                                            contractNo: string;
                                            endsOn: string | null;
                                            id: string;
                                            serviceHours: string;
                                            startsOn: string | null;
                                            title: string | null;
                                        }[];
                                        id: string;
                                        name: string;
                                        openCases: {
                                            assigneeName: string | null;
                                            caseType: string;
                                            createdAt: string;
                                            /** @enum {string} */
                                            faultLevel: "S1" | "S2" | "S3" | "S4";
                                            id: string;
                                            number: string;
                                            /** @enum {string} */
                                            priority: "P1" | "P2" | "P3" | "P4";
                                            /** @enum {string} */
                                            status: "new" | "assigned" | "in_progress" | "escalated" | "waiting_customer" | "waiting_vendor" | "waiting_parts" | "resolved" | "closed";
                                            subject: string;
                                            vendor: string;
                                        }[];
                                    }[];
                                    contacts: {
                                        customerId: string;
                                        customerName: string;
                                        email: string | null;
                                        id: string;
                                        isDesignated: boolean;
                                        mobile: string | null;
                                        name: string;
                                        phone: string | null;
                                        title: string | null;
                                    }[];
                                };
                                linkedCase: {
                                    assigneeName: string | null;
                                    caseType: string;
                                    createdAt: string;
                                    /** @enum {string} */
                                    faultLevel: "S1" | "S2" | "S3" | "S4";
                                    id: string;
                                    number: string;
                                    /** @enum {string} */
                                    priority: "P1" | "P2" | "P3" | "P4";
                                    /** @enum {string} */
                                    status: "new" | "assigned" | "in_progress" | "escalated" | "waiting_customer" | "waiting_vendor" | "waiting_parts" | "resolved" | "closed";
                                    subject: string;
                                    vendor: string;
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/telephony/calls/{callId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One call with its screen-pop */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    callId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            call: {
                                answeredAt: string | null;
                                callId: string;
                                caseId: string | null;
                                /** @enum {string} */
                                direction: "inbound" | "outbound";
                                durationSeconds: number | null;
                                endedAt: string | null;
                                extension: string | null;
                                from: string;
                                isActivityLogged: boolean;
                                linkedAt: string | null;
                                number: string | null;
                                receivedAt: {
                                    answered: string | null;
                                    ended: string | null;
                                    first: string;
                                    ringing: string | null;
                                };
                                ringingAt: string | null;
                                /** @enum {string} */
                                status: "ringing" | "answered" | "ended";
                                summary: string | null;
                                to: string;
                            };
                            caller: {
                                companies: {
                                    contracts: {
                                        contractNo: string;
                                        endsOn: string | null;
                                        id: string;
                                        serviceHours: string;
                                        startsOn: string | null;
                                        title: string | null;
                                    }[];
                                    id: string;
                                    name: string;
                                    openCases: {
                                        assigneeName: string | null;
                                        caseType: string;
                                        createdAt: string;
                                        /** @enum {string} */
                                        faultLevel: "S1" | "S2" | "S3" | "S4";
                                        id: string;
                                        number: string;
                                        /** @enum {string} */
                                        priority: "P1" | "P2" | "P3" | "P4";
                                        /** @enum {string} */
                                        status: "new" | "assigned" | "in_progress" | "escalated" | "waiting_customer" | "waiting_vendor" | "waiting_parts" | "resolved" | "closed";
                                        subject: string;
                                        vendor: string;
                                    }[];
                                }[];
                                contacts: {
                                    customerId: string;
                                    customerName: string;
                                    email: string | null;
                                    id: string;
                                    isDesignated: boolean;
                                    mobile: string | null;
                                    name: string;
                                    phone: string | null;
                                    title: string | null;
                                }[];
                            };
                            linkedCase: {
                                assigneeName: string | null;
                                caseType: string;
                                createdAt: string;
                                /** @enum {string} */
                                faultLevel: "S1" | "S2" | "S3" | "S4";
                                id: string;
                                number: string;
                                /** @enum {string} */
                                priority: "P1" | "P2" | "P3" | "P4";
                                /** @enum {string} */
                                status: "new" | "assigned" | "in_progress" | "escalated" | "waiting_customer" | "waiting_vendor" | "waiting_parts" | "resolved" | "closed";
                                subject: string;
                                vendor: string;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/telephony/calls/{callId}/link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put the call on a case; its call activity is written once the call has ended */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    callId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        caseId: string;
                        summary?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            answeredAt: string | null;
                            callId: string;
                            caseId: string | null;
                            /** @enum {string} */
                            direction: "inbound" | "outbound";
                            durationSeconds: number | null;
                            endedAt: string | null;
                            extension: string | null;
                            from: string;
                            isActivityLogged: boolean;
                            linkedAt: string | null;
                            number: string | null;
                            receivedAt: {
                                answered: string | null;
                                ended: string | null;
                                first: string;
                                ringing: string | null;
                            };
                            ringingAt: string | null;
                            /** @enum {string} */
                            status: "ringing" | "answered" | "ended";
                            summary: string | null;
                            to: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List users */
        get: {
            parameters: {
                query?: {
                    role?: "dispatcher" | "engineer" | "expert" | "rma_admin" | "manager" | "admin" | "customer";
                    customerId?: string;
                    limit?: number;
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                createdAt: string;
                                customerId: string | null;
                                email: string;
                                id: string;
                                isActive: boolean;
                                /** @enum {string} */
                                language: "zh-CN" | "en";
                                name: string;
                                phone: string | null;
                                /** @enum {string} */
                                role: "dispatcher" | "engineer" | "expert" | "rma_admin" | "manager" | "admin" | "customer";
                                updatedAt: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a user */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        customerId?: string | null;
                        /** Format: email */
                        email: string;
                        /** @enum {string} */
                        language?: "zh-CN" | "en";
                        name: string;
                        password?: string;
                        phone?: string | null;
                        /** @enum {string} */
                        role: "dispatcher" | "engineer" | "expert" | "rma_admin" | "manager" | "admin" | "customer";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            customerId: string | null;
                            email: string;
                            id: string;
                            isActive: boolean;
                            /** @enum {string} */
                            language: "zh-CN" | "en";
                            name: string;
                            phone: string | null;
                            /** @enum {string} */
                            role: "dispatcher" | "engineer" | "expert" | "rma_admin" | "manager" | "admin" | "customer";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            customerId: string | null;
                            email: string;
                            id: string;
                            isActive: boolean;
                            /** @enum {string} */
                            language: "zh-CN" | "en";
                            name: string;
                            phone: string | null;
                            /** @enum {string} */
                            role: "dispatcher" | "engineer" | "expert" | "rma_admin" | "manager" | "admin" | "customer";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change, disable or re-enable a user */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        isActive?: boolean;
                        /** @enum {string} */
                        language?: "zh-CN" | "en";
                        name?: string;
                        password?: string;
                        phone?: string | null;
                        /** @enum {string} */
                        role?: "dispatcher" | "engineer" | "expert" | "rma_admin" | "manager" | "admin" | "customer";
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            customerId: string | null;
                            email: string;
                            id: string;
                            isActive: boolean;
                            /** @enum {string} */
                            language: "zh-CN" | "en";
                            name: string;
                            phone: string | null;
                            /** @enum {string} */
                            role: "dispatcher" | "engineer" | "expert" | "rma_admin" | "manager" | "admin" | "customer";
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/users/{id}/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Say whether a user can be called while off duty */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        isReachable: boolean;
                        note?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            isReachable: boolean;
                            note: string | null;
                            updatedAt: string;
                            userId: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/vendors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The vendors a user covers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            userId: string;
                            vendors: string[];
                        };
                    };
                };
            };
        };
        /** Set the vendors an engineer covers */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        vendors: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            userId: string;
                            vendors: string[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendor-requests/pending-confirmation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The experts' queue of requests to confirm */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                answeredAt: string | null;
                                caseId: string;
                                caseNumber: string;
                                caseSubject: string;
                                confirmedAt: string | null;
                                confirmedBy: string | null;
                                doneAt: string | null;
                                id: string;
                                openedAt: string | null;
                                reason: string;
                                requestedAt: string;
                                requestedBy: string | null;
                                /** @enum {string} */
                                status: "requested" | "confirmed" | "rejected" | "opened" | "answered" | "done";
                                summary: string | null;
                                vendor: string;
                                vendorCaseRef: string | null;
                                vendorContact: string | null;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every vendor: code, Chinese and English name, active (inactive ones last) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                isActive: boolean;
                                nameEn: string;
                                nameZh: string;
                                updatedAt: string;
                                version: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Add a vendor (admins; a code already listed is 409) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        isActive?: boolean;
                        nameEn: string;
                        nameZh: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            isActive: boolean;
                            nameEn: string;
                            nameZh: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vendors/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename or (de)activate a vendor (admins; If-Match or version, 409 when stale) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        isActive?: boolean;
                        nameEn?: string;
                        nameZh?: string;
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            isActive: boolean;
                            nameEn: string;
                            nameZh: string;
                            updatedAt: string;
                            version: number;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
