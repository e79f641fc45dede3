/**
 * The customer's inquiries to the provider under the contract, each with its own clock: a request
 * for the information that shows the provider meets its duties (art. 8.5: within one month of the
 * request, extendable once by a month for reasons given) and for the list of sub-processors (art.
 * 11.3: within 30 days). The customer registers them in its portal, support staff answer with a
 * message and files, a job reminds the support team before and after the due date.
 */
package eu.dsrportal.inquiry;
