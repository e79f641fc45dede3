package eu.dsrportal.customer.domain;

/**
 * How VAT applies to a customer's invoices: the standard Belgian rate, or reverse charge for a
 * business customer in another EU member state with a VAT number (the invoice then says so and
 * charges no VAT).
 */
public enum VatRegime {
  STANDARD,
  REVERSE_CHARGE
}
