/** The fact-checking organisation named as ClaimReview author: TAHQIQ_ORGANISATION, else the product's name. */
export function organisationName(): string {
  return process.env.TAHQIQ_ORGANISATION?.trim() || "Tahqiq · تحقيق";
}
