import type { SigningSession } from "./session.js";

/** Escapes text for HTML element content and quoted attributes. @example escapeHtml("<b>") // "&lt;b&gt;" */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The ESIGN Act consumer disclosure (15 U.S.C. 7001(c)(1)) shown before consent. */
export const ESIGN_DISCLOSURE = [
  "You agree to receive and sign these documents electronically instead of on paper, and that your electronic signature has the same effect as a handwritten one.",
  "You may ask for a paper copy, and you may withdraw this consent, by contacting the sender before you sign; withdrawing does not affect anything signed before.",
  "This consent applies to the documents in this envelope only.",
  "To view and keep these documents you need a current web browser and a PDF reader; you can download each document from this page.",
];

const STYLE = `
body { font-family: system-ui, sans-serif; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; color: #1b1f2a; }
h1 { font-size: 1.4rem; } section { border: 1px solid #d4d8e2; border-radius: 6px; padding: 1rem; margin: 1rem 0; }
canvas { border: 1px dashed #8a93a8; touch-action: none; background: #fff; } button { padding: .4rem .9rem; }
#status { font-weight: 600; min-height: 1.5rem; } .muted { color: #5b6477; font-size: .9rem; }
`;

function layout(nonce: string, title: string, body: string, script = ""): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title>
<style nonce="${nonce}">${STYLE}</style></head>
<body>${body}${script === "" ? "" : `<script nonce="${nonce}">${script}</script>`}</body></html>`;
}

/**
 * The page for a link that cannot be used (unknown, used, expired, or its envelope closed).
 *
 * @example
 * c.html(refusalPage(nonce, "This signing link expired."), 410);
 */
export function refusalPage(nonce: string, detail: string): string {
  return layout(nonce, "Signing link", `<h1>Signing link</h1><p id="status">${escapeHtml(detail)}</p>`);
}

/**
 * The signing page: the envelope's message and documents (each a link to its PDF through the same
 * token), the ESIGN consent, then the signature (typed name, or drawn on a canvas), and a way to decline.
 *
 * @example
 * c.html(signingPage(nonce, session, token, SIGN_PAGE_SCRIPT));
 */
export function signingPage(nonce: string, session: SigningSession, token: string, script: string): string {
  const { envelope, signer } = session;
  const documents = envelope.documents
    .map(
      (each) =>
        `<li><a href="/sign/${token}/documents/${each.documentId}" target="_blank" rel="noopener">${escapeHtml(each.fileName)}</a> <span class="muted">SHA-256 ${each.sha256.slice(0, 16)}…</span></li>`,
    )
    .join("");
  const consented = signer.consentedAt !== null;
  const disclosure = ESIGN_DISCLOSURE.map((line) => `<p>${escapeHtml(line)}</p>`).join("");
  const body = `
<h1>${escapeHtml(envelope.subject)}</h1>
<p>For <strong>${escapeHtml(signer.name)}</strong> (${escapeHtml(signer.email)})</p>
${envelope.message === "" ? "" : `<p id="message">${escapeHtml(envelope.message)}</p>`}
<section><h2>Documents</h2><p class="muted">Review each document before you sign.</p><ul id="documents">${documents}</ul></section>
<section id="consent-section"${consented ? " hidden" : ""}><h2>Consent to electronic records and signatures</h2>${disclosure}
<label><input type="checkbox" id="consent"> I have read this and agree to use electronic records and signatures.</label>
<p><button type="button" id="consent-button" disabled>I agree</button></p></section>
<section id="sign-section"${consented ? "" : " hidden"}><h2>Sign</h2>
<p><label>Full name <input type="text" id="typed-name" autocomplete="name" maxlength="200"></label></p>
<p><label><input type="radio" name="kind" id="kind-typed" checked> Use my typed name as my signature</label><br>
<label><input type="radio" name="kind" id="kind-drawn"> Use the signature I draw below</label></p>
<canvas id="pad" width="420" height="140" aria-label="Draw your signature"></canvas>
<p><button type="button" id="clear">Clear drawing</button> <button type="button" id="sign-button">Sign</button></p></section>
<section id="decline-section"><h2>Decline</h2><p><label>Reason <input type="text" id="decline-reason" maxlength="500"></label>
<button type="button" id="decline-button">Decline to sign</button></p></section>
<p id="status" role="status"></p>
<p class="muted">Envelope ${escapeHtml(envelope.id)} · expires ${escapeHtml(envelope.expiresAt.toISOString())}</p>`;
  return layout(nonce, envelope.subject, body, script);
}
