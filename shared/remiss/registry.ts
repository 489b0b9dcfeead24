/**
 * A diarienummer belongs to the authority whose registry holds the case, not to an office that prepares it: a remiss
 * the kommunledningskontor sends out is registered with kommunstyrelsen, whose administration the office is ("KS
 * 2019/160"). For any other sender the sender is taken to keep its own registry.
 */
const kommunstyrelsensFörvaltning = /kommunledningskontor|kommunledningsförvaltning|kommunkansli|stadsledningskontor|kommunstyrelse/i;

export function registryOwner(issuer: string): string {
  return kommunstyrelsensFörvaltning.test(issuer) ? 'Kommunstyrelsen' : issuer;
}
