/** Rate limits shared by the modules: login, registration, password reset, comment posting. */
@org.springframework.modulith.NamedInterface("limits")
package org.physioportal.platform.limits;
