/** Layout, language resolution, error pages and cross-cutting web configuration. */
package org.physioportal.platform;
