/**
 * Demo customers, users and the dev-mode banner for the run command and the tests. The one package
 * that may import every context, and that no context imports: it sits on top of the graph, so
 * seeding data never makes the shared kernel depend on the contexts built on it.
 */
package eu.dsrportal.demo;
