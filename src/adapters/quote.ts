// How a verbatim passage is set off when shown, on every surface (embeds, the terminal, /about).
// The article quotes with «» itself, so a passage that opens or closes on a guillemet would show
// «« or »» once wrapped: such a passage is shown as it stands, its own marks setting it off.

export const enclose = (text: string): string => (text.startsWith('«') || text.endsWith('»') ? text : `«${text}»`);
