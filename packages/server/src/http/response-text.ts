import type { MiddlewareHandler } from "hono";

/** The text of each response already read or written as text, by the response (a replaced `c.res` is read afresh). */
const texts = new WeakMap<Response, Promise<string>>();

/**
 * A response's body as text, leaving the response itself unread: a JSON response made by `c.json` under
 * {@link rememberJsonText} gives the text it was made from; otherwise the first caller reads a clone and later
 * ones (the event recorder, then the idempotency record, of the same response) get the same text without
 * cloning the body again (a clone tees its stream: about 1 % of a payment's CPU each).
 *
 * @example
 * const body = await responseText(c.res);
 */
export function responseText(response: Response): Promise<string> {
  let text = texts.get(response);
  if (text === undefined) {
    text = response.clone().text();
    texts.set(response, text);
  }
  return text;
}

/**
 * Makes `c.json` remember the text of the body it renders, so {@link responseText} needs no read of the
 * response: under `@hono/node-server` a response whose body is never read is written to the socket straight
 * from its text, while reading it (a clone) made the adapter build a web `Response` and write it through a
 * stream reader. The response is the one `c.json` makes: same status, headers and bytes.
 *
 * @example
 * app.use("*", rememberJsonText());
 */
export function rememberJsonText(): MiddlewareHandler {
  return async (c, next) => {
    const render = (object: unknown, arg?: unknown, headers?: Record<string, string | string[]>) => {
      const text = JSON.stringify(object);
      const response = c.body(text, arg as never, { "Content-Type": "application/json", ...headers });
      texts.set(response, Promise.resolve(text));
      return response;
    };
    (c as unknown as { json: typeof render }).json = render;
    await next();
  };
}
