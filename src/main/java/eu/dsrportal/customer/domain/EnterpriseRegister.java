package eu.dsrportal.customer.domain;

/** The company register an enterprise number comes from. */
public enum EnterpriseRegister {
  /** Belgium's Kruispuntbank van Ondernemingen / Banque-Carrefour des Entreprises. */
  KBO,
  /** The Netherlands' Kamer van Koophandel. */
  KVK
}
