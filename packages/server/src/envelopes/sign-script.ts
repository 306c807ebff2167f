/**
 * The signing page's script (inline, allowed by the response's CSP nonce): posts the consent, then a typed
 * or drawn signature (the canvas as a PNG), or a decline, to `/sign/{token}/…` as JSON.
 */
export const SIGN_PAGE_SCRIPT = `
(() => {
  const base = location.pathname.replace(/\\/$/, "");
  const $ = (id) => document.getElementById(id);
  const status = $("status");
  const show = (text) => { status.textContent = text; };
  async function post(path, body) {
    const response = await fetch(base + path, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    const answer = await response.json();
    if (!response.ok) throw new Error(answer.detail || answer.title || "Refused");
    return answer;
  }
  const consent = $("consent");
  const consentButton = $("consent-button");
  consent.addEventListener("change", () => { consentButton.disabled = !consent.checked; });
  consentButton.addEventListener("click", async () => {
    try {
      await post("/consent", { accepted: true });
      $("consent-section").hidden = true;
      $("sign-section").hidden = false;
      show("Consent recorded. You can now sign.");
    } catch (error) { show(error.message); }
  });
  const pad = $("pad");
  const pen = pad.getContext("2d");
  pen.lineWidth = 2.5; pen.lineCap = "round"; pen.strokeStyle = "#10204a";
  let drawing = false; let drawn = false;
  const at = (event) => { const box = pad.getBoundingClientRect(); return [event.clientX - box.left, event.clientY - box.top]; };
  pad.addEventListener("pointerdown", (event) => { drawing = true; const [x, y] = at(event); pen.beginPath(); pen.moveTo(x, y); });
  pad.addEventListener("pointermove", (event) => { if (!drawing) return; const [x, y] = at(event); pen.lineTo(x, y); pen.stroke(); drawn = true; });
  window.addEventListener("pointerup", () => { drawing = false; });
  $("clear").addEventListener("click", () => { pen.clearRect(0, 0, pad.width, pad.height); drawn = false; });
  $("sign-button").addEventListener("click", async () => {
    const typedName = $("typed-name").value.trim();
    const kind = $("kind-drawn").checked ? "drawn" : "typed";
    if (typedName === "") { show("Type your full name."); return; }
    if (kind === "drawn" && !drawn) { show("Draw your signature in the box."); return; }
    const body = kind === "drawn" ? { kind, typedName, imagePng: pad.toDataURL("image/png") } : { kind, typedName };
    try {
      const answer = await post("/signature", body);
      $("sign-section").hidden = true;
      $("decline-section").hidden = true;
      show(answer.envelopeStatus === "completed" ? "Signed. The envelope is complete. Thank you." : "Signed. Thank you.");
      status.dataset.signed = "true";
    } catch (error) { show(error.message); }
  });
  $("decline-button").addEventListener("click", async () => {
    const reason = $("decline-reason").value.trim();
    if (reason === "") { show("Say why you decline."); return; }
    try {
      await post("/decline", { reason });
      $("consent-section").hidden = true; $("sign-section").hidden = true; $("decline-section").hidden = true;
      show("You declined to sign.");
    } catch (error) { show(error.message); }
  });
})();
`;
