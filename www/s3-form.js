// The "mount an S3 bucket" form of the playground: builds an `{ type: "s3" }` mount from the
// fields, remounts the workspace with it (main.js's `window.mirage.mount`) and lists it.
// Requests go from this page straight to the endpoint (fetch + SigV4 in wasm): the bucket
// must answer CORS for this origin (AWS: a bucket CORS rule; local servers: a CORS proxy).
const form = document.getElementById("s3-form");
const status = document.getElementById("s3-status");

form.addEventListener("submit", async (ev) => {
  ev.preventDefault();
  while (!window.mirageReady) await new Promise((r) => setTimeout(r, 50));
  const f = Object.fromEntries(new FormData(form));
  const point = (f.mountPath || "/s3").trim();
  const spec = {
    type: "s3",
    endpoint: f.endpoint.trim(),
    bucket: f.bucket.trim(),
    prefix: f.prefix.trim() || undefined,
    region: f.region.trim() || "us-east-1",
    credentials: {
      accessKeyId: f.accessKeyId.trim(),
      secretAccessKey: f.secretAccessKey,
      sessionToken: f.sessionToken || undefined,
    },
    readOnly: form.elements.readOnly.checked,
  };
  status.className = "hint";
  status.textContent = `mounting ${spec.bucket} at ${point}...`;
  try {
    await window.mirage.mount(point, spec);
    const names = await window.mirage.ws.readdir(point);
    status.className = "ok";
    status.textContent = `mounted s3://${spec.bucket}/${spec.prefix ?? ""} at ${point}` +
      ` (${names.length} entries${spec.readOnly ? ", read-only" : ""})`;
  } catch (e) {
    status.className = "error";
    status.textContent = `mount failed: ${e.message}`;
  }
});
