/** Outgoing e-mail, sent after commit or logged. */
@org.springframework.modulith.NamedInterface("mail")
package org.physioportal.platform.mail;
