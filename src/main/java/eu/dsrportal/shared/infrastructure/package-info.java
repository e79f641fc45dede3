/**
 * The clock and the provider's time, data source, migrations, readiness, settings, rate limiting,
 * client address, bundle texts.
 */
package eu.dsrportal.shared.infrastructure;
