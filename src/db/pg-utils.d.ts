// pg's own conversion and quoting of values, which it does not declare for TypeScript
declare module "pg/lib/utils.js" {
  const utils: {
    prepareValue(value: unknown): string | Buffer | null;
    escapeLiteral(text: string): string;
  };
  export default utils;
}
