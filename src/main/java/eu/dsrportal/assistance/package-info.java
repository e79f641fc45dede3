/**
 * Assistance the provider gives a customer on its documented instruction (contract art. 5.2, 9.1):
 * the customer asks, staff accept it as a task and log their time on it.
 */
package eu.dsrportal.assistance;
