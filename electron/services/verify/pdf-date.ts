/** A PDF date string (ISO 32000-1, 7.9.4: "D:YYYYMMDDHHmmSSOHH'mm") as an ISO instant, or undefined. */
export function pdfDate(raw: string | undefined): string | undefined {
  const m = raw?.match(/^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?/);
  if (!m) return undefined;
  const [, year, month = '01', day = '01', hour = '00', minute = '00', second = '00', zoneRaw] = m;
  const zone = !zoneRaw || zoneRaw.startsWith('Z') ? 'Z' : `${zoneRaw.slice(0, 3)}:${zoneRaw.replace(/'/g, '').slice(3, 5) || '00'}`;
  const date = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}${zone}`);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}
