/**
 * The jobs nianbao does — verify, consolidate, extract, render, template — each a request record in and an
 * outcome record out, for the command line and the desk alike; neither door does any of the work itself.
 */
package nianbao.jobs;
