/**
 * What every page uses: messages, formats, language, page loading, CSV, security headers, script
 * nonces, error pages.
 */
package eu.dsrportal.shared.web;
