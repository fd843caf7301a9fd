/**
 * The redirect target: the link's destination with parameters appended. The destination's own
 * query string and fragment are kept exactly as they are (not re-encoded); the new parameters go
 * after the existing ones and before the fragment.
 */
export function appendQueryParameters(
  destinationUrl: string,
  parameters: readonly (readonly [string, string])[],
): string {
  if (parameters.length === 0) return destinationUrl;
  const hashIndex = destinationUrl.indexOf('#');
  const base = hashIndex < 0 ? destinationUrl : destinationUrl.slice(0, hashIndex);
  const fragment = hashIndex < 0 ? '' : destinationUrl.slice(hashIndex);
  const added = parameters.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join('&');
  const separator = !base.includes('?') ? '?' : base.endsWith('?') || base.endsWith('&') ? '' : '&';
  return `${base}${separator}${added}${fragment}`;
}
