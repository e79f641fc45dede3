/**
 * DSR Portal: takes data-subject requests, forwards them to the responsible customer, records the
 * acknowledgement and bills the assistance given. One package per bounded context, layers inside.
 */
package eu.dsrportal;
