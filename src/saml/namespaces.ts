/** The XML namespaces the analyzer reads elements by (always by namespace and local name, never by prefix). */
export const SAML2_PROTOCOL_NS = 'urn:oasis:names:tc:SAML:2.0:protocol';
export const SAML2_ASSERTION_NS = 'urn:oasis:names:tc:SAML:2.0:assertion';
export const SAML2_METADATA_NS = 'urn:oasis:names:tc:SAML:2.0:metadata';
export const SAML1_ASSERTION_NS = 'urn:oasis:names:tc:SAML:1.0:assertion';
export const SAML1_PROTOCOL_NS = 'urn:oasis:names:tc:SAML:1.0:protocol';
export const DSIG_NS = 'http://www.w3.org/2000/09/xmldsig#';
export const EXC_C14N_NS = 'http://www.w3.org/2001/10/xml-exc-c14n#';
export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
