/**
 * Domain exceptions: what services refuse, as plain Java (no framework). The HTTP edge maps each kind to a
 * status in one place, http.ProblemMappers.
 */
package org.selaras.error;
