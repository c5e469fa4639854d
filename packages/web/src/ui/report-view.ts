// Shows core's HTML report (the same page `policedata validate --format html` writes) in a
// sandboxed frame: no scripts run in it, and its styles stay apart from the page's. The frame is
// same-origin without scripts only so that the page can size it to its content.

/** Sets the frame's height to its document's, so the page scrolls as one. */
export function fitFrame(frame: HTMLIFrameElement): void {
  const root = frame.contentDocument?.documentElement;
  if (!root) return;
  frame.style.height = '0px';
  frame.style.height = `${root.scrollHeight + 4}px`;
}

export function showReport(frame: HTMLIFrameElement, html: string): void {
  frame.addEventListener(
    'load',
    () => {
      fitFrame(frame);
      // A finding opened or closed (<details>) changes the height: refit, so nothing is cut off.
      // `toggle` does not bubble; it is caught on its way down. The listener runs in this page.
      frame.contentDocument?.addEventListener('toggle', () => fitFrame(frame), true);
    },
    { once: true },
  );
  frame.srcdoc = html;
}

export function clearReport(frame: HTMLIFrameElement): void {
  frame.removeAttribute('srcdoc');
  frame.style.height = '';
}
