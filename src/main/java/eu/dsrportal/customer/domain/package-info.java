/** The customer (a controller), its privacy contact and its contracts with their rates. */
package eu.dsrportal.customer.domain;
