/**
 * The `/docs` page: Swagger UI over `/openapi.json`, every asset from `/docs/assets/…` on this server.
 *
 * @example
 * c.html(DOCS_PAGE);
 */
export const DOCS_PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Lendstack API reference</title>
    <link rel="icon" type="image/png" href="/docs/assets/favicon-32x32.png">
    <link rel="stylesheet" href="/docs/assets/swagger-ui.css">
  </head>
  <body>
    <div id="reference"></div>
    <noscript>The reference needs JavaScript; the document itself is at <a href="/openapi.json">openapi.json</a>.</noscript>
    <script src="/docs/assets/swagger-ui-bundle.js"></script>
    <script src="/docs/assets/initializer.js"></script>
  </body>
</html>
`;
