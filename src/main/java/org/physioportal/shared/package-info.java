/** Open module: language, content references, teasers, paging and text rendering used by every feature. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.physioportal.shared;
