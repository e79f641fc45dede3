/** Value objects, time and configuration used by every context. */
package eu.dsrportal.shared;
