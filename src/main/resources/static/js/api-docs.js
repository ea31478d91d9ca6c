// Shows the OpenAPI description with Swagger UI (loaded before this script, with the page's nonce).
window.addEventListener("DOMContentLoaded", function () {
  var root = document.getElementById("swagger-ui");
  window.SwaggerUIBundle({
    url: root.dataset.url,
    domNode: root,
    deepLinking: true,
    supportedSubmitMethods: ["get"],
  });
});
