/** The JAX-RS application and the RFC 9457 problem answers. */
package eu.dsrportal.shared.rest;
