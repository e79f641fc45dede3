/**
 * The daily digest: each morning, what is due of our own clock to each support user, and what
 * awaits each customer's privacy contact; opt-out per user and per customer (docs/digest.md).
 */
package eu.dsrportal.digest;
