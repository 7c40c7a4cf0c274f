import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SamlSnapshot } from '../../src/core/samlTypes';
import { extractResponses } from '../../src/saml/input';
import { readSnapshot } from '../../src/saml/snapshot';
import { parseSafely } from '../../src/saml/xml';
import { inflateRaw, parseXml, subtle } from './node-deps';
import { CORPUS_DIR, corpusEntries, describeCorpus } from './fixtures/corpus';
import { ASSERTION_NS, PROTOCOL_NS, responseXml } from './samples';

const snapshotOf = (xml: string) => readSnapshot(parseSafely(xml, parseXml), { subtle, configuredCertificates: [] });

describe('readSnapshot', () => {
  it('fills every field of an (unsigned) Response', async () => {
    expect(await snapshotOf(responseXml())).toEqual<SamlSnapshot>({
      kind: 'response',
      responseId: '_r1',
      issuer: 'https://idp.example.com/',
      destination: 'https://iam.twilio.com/v2/saml2/authenticate/AC123',
      inResponseTo: '_req1',
      issueInstant: '2025-05-01T10:00:00Z',
      status: { code: 'urn:oasis:names:tc:SAML:2.0:status:Success' },
      assertionCount: 1,
      encryptedAssertionCount: 0,
      assertion: {
        id: '_r1a',
        issuer: 'https://idp.example.com/',
        issueInstant: '2025-05-01T10:00:00Z',
        nameId: 'ada@example.com',
        nameIdFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
        subjectConfirmation: {
          recipient: 'https://iam.twilio.com/v2/saml2/authenticate/AC123',
          notOnOrAfter: '2025-05-01T10:05:00Z',
          inResponseTo: '_req1',
        },
        conditions: {
          notBefore: '2025-05-01T09:59:00Z',
          notOnOrAfter: '2025-05-01T10:05:00Z',
          audiences: ['https://iam.twilio.com/v2/saml2/metadata/AC123'],
        },
        authnInstant: '2025-05-01T10:00:00Z',
        sessionNotOnOrAfter: '2025-05-01T18:00:00Z',
        attributes: [{ name: 'email', values: ['ada@example.com'] }],
      },
      signatures: [],
      configuredCertificates: [],
    });
  });

  it('reads every attribute with FriendlyName, NameFormat, several values, xsi:nil and padding as sent', async () => {
    const attributes =
      '<saml:Attribute Name="http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress" FriendlyName="email"' +
      ' NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri">' +
      '<saml:AttributeValue>ada@example.com</saml:AttributeValue></saml:Attribute>' +
      '<saml:Attribute Name="roles"><saml:AttributeValue> agent</saml:AttributeValue>' +
      '<saml:AttributeValue>supervisor</saml:AttributeValue></saml:Attribute>' +
      '<saml:Attribute Name="image_url" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      '<saml:AttributeValue xsi:nil="true"/></saml:Attribute>' +
      '<saml:Attribute Name="empty"/>';
    const snapshot = await snapshotOf(responseXml({ attributes }));
    expect(snapshot.assertion?.attributes).toEqual([
      {
        name: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
        friendlyName: 'email',
        nameFormat: 'urn:oasis:names:tc:SAML:2.0:attrname-format:uri',
        values: ['ada@example.com'],
      },
      { name: 'roles', values: [' agent', 'supervisor'] },
      { name: 'image_url', values: [''] },
      { name: 'empty', values: [] },
    ]);
  });

  it('keeps long values whole (the 2 MB input cap bounds them; display truncates)', async () => {
    const long = 'x'.repeat(10_000);
    const snapshot = await snapshotOf(
      responseXml({
        attributes: `<saml:Attribute Name="blob"><saml:AttributeValue>${long}</saml:AttributeValue></saml:Attribute>`,
      }),
    );
    expect(snapshot.assertion?.attributes[0]?.values[0]).toHaveLength(10_000);
  });

  it('reads the status sub-code and message of a failed Response', async () => {
    const xml =
      `<samlp:Response xmlns:samlp="${PROTOCOL_NS}" ID="_f"><samlp:Status>` +
      '<samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Requester">' +
      '<samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:InvalidNameIDPolicy"/></samlp:StatusCode>' +
      '<samlp:StatusMessage>NameID format not allowed</samlp:StatusMessage></samlp:Status></samlp:Response>';
    expect(await snapshotOf(xml)).toEqual({
      kind: 'response',
      responseId: '_f',
      status: {
        code: 'urn:oasis:names:tc:SAML:2.0:status:Requester',
        subCode: 'urn:oasis:names:tc:SAML:2.0:status:InvalidNameIDPolicy',
        message: 'NameID format not allowed',
      },
      assertionCount: 0,
      encryptedAssertionCount: 0,
      signatures: [],
      configuredCertificates: [],
    });
  });

  it('counts encrypted assertions and reads nothing from inside them', async () => {
    const xml =
      `<samlp:Response xmlns:samlp="${PROTOCOL_NS}" xmlns:saml="${ASSERTION_NS}" ID="_e">` +
      '<saml:EncryptedAssertion><xenc:EncryptedData xmlns:xenc="http://www.w3.org/2001/04/xmlenc#"/></saml:EncryptedAssertion>' +
      '</samlp:Response>';
    const snapshot = await snapshotOf(xml);
    expect([snapshot.assertionCount, snapshot.encryptedAssertionCount, snapshot.assertion]).toEqual([0, 1, undefined]);
  });

  it('counts an assertion hidden elsewhere but reads the Response’s own one', async () => {
    const hidden = `<samlp:Extensions><saml:Assertion ID="_hidden"><saml:Subject><saml:NameID>mallory</saml:NameID></saml:Subject></saml:Assertion></samlp:Extensions>`;
    const xml = responseXml().replace('<samlp:Status>', `${hidden}<samlp:Status>`);
    const snapshot = await snapshotOf(xml);
    expect(snapshot.assertionCount).toBe(2);
    expect(snapshot.assertion?.id).toBe('_r1a');
    expect(snapshot.assertion?.nameId).toBe('ada@example.com');
  });

  it('reads a bare Assertion, several audiences and the bearer confirmation', async () => {
    const xml =
      `<Assertion xmlns="${ASSERTION_NS}" ID="_a" IssueInstant="2025-05-01T10:00:00Z"><Issuer>idp</Issuer>` +
      '<Subject><NameID>ada</NameID>' +
      '<SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:holder-of-key"><SubjectConfirmationData Recipient="wrong"/></SubjectConfirmation>' +
      '<SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><SubjectConfirmationData Recipient="right"/></SubjectConfirmation>' +
      '</Subject><Conditions><AudienceRestriction><Audience>a1</Audience><Audience> a2 </Audience></AudienceRestriction>' +
      '<AudienceRestriction><Audience>a3</Audience></AudienceRestriction></Conditions></Assertion>';
    const snapshot = await snapshotOf(xml);
    expect(snapshot).toMatchObject({ kind: 'assertion', assertionCount: 1 });
    expect(snapshot.issuer).toBeUndefined();
    expect(snapshot.assertion).toEqual({
      id: '_a',
      issuer: 'idp',
      issueInstant: '2025-05-01T10:00:00Z',
      nameId: 'ada',
      subjectConfirmation: { recipient: 'right' },
      conditions: { audiences: ['a1', 'a2', 'a3'] },
      attributes: [],
    });
  });
});

// ---------------------------------------------------------------------------------------------
// The real responses in ../shared/saml-corpus, checked against MANIFEST.md

describeCorpus('the real IdP corpus, checked against MANIFEST.md', () => {
  const dir = CORPUS_DIR ?? '';
  const rows = corpusEntries();
  const read = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8');

  it('lists every .xml file in the manifest', () => {
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.xml'));
    expect(rows.map((r) => r.file).sort()).toEqual(files.sort());
  });

  for (const row of rows) {
    const { file } = row;
    describe(file, () => {
      let snapshot: SamlSnapshot;
      beforeAll(async () => {
        const [evidence] = await extractResponses(read(file), { inflateRaw });
        snapshot = await snapshotOf(evidence.xml);
      });

      it('has the signatures the manifest lists', () => {
        const on = (element: string) => snapshot.signatures.some((s) => s.on === element);
        expect(on('response')).toBe(row.responseSigned === 'True');
        expect(on('assertion')).toBe(row.assertionSigned === 'True');
        if (/^rsa-sha(1|256)$/.test(row.signatureAlgorithm)) {
          for (const signature of snapshot.signatures)
            expect(signature.signatureMethod.endsWith(row.signatureAlgorithm)).toBe(true);
        }
      });

      it('reports encryption as the manifest does', () => {
        const encrypted = row.encrypted === 'True';
        expect(snapshot.encryptedAssertionCount > 0).toBe(encrypted);
        if (encrypted) expect(snapshot.assertion).toBeUndefined();
        else if (row.nameIdFormat !== '') expect(snapshot.assertionCount).toBe(1);
      });

      it('has the NameID format the manifest lists', () => {
        const format = row.nameIdFormat;
        if (format === '' || format.startsWith('(inside')) {
          expect(snapshot.assertion?.nameId).toBeUndefined();
        } else if (format === '(no Format)') {
          expect(snapshot.assertion?.nameId).toBeTruthy();
          expect(snapshot.assertion?.nameIdFormat).toBeUndefined();
        } else {
          expect(snapshot.assertion?.nameIdFormat).toMatch(new RegExp(`:${format}$`));
          expect(snapshot.assertion?.nameId).toBeTruthy();
        }
      });

      it('has the attribute names the manifest lists', () => {
        const names = [...new Set((snapshot.assertion?.attributes ?? []).map((a) => a.name))];
        if (row.attributeNames === '' || row.attributeNames.startsWith('(inside')) {
          expect(names).toEqual([]);
          return;
        }
        // The manifest cuts long lists at about 300 characters: the last name may be a prefix.
        const listed = row.attributeNames.split(', ');
        const truncated = row.attributeNames.length >= 290;
        const complete = truncated ? listed.slice(0, -1) : listed;
        expect(names.slice(0, complete.length)).toEqual(complete);
        if (truncated) expect(names[complete.length]?.startsWith(listed.at(-1) ?? '')).toBe(true);
        else expect(names).toHaveLength(complete.length);
      });

      it('has the status the manifest lists', () => {
        if (row.status.startsWith('n/a')) {
          expect(snapshot.kind).toBe('assertion');
          expect(snapshot.status).toBeUndefined();
          return;
        }
        expect(snapshot.kind).toBe('response');
        const parts = row.status.split('/');
        const codes = [snapshot.status?.code, snapshot.status?.subCode].map((c) => c?.split(':').pop());
        if (parts.length === 2) expect(codes).toEqual(parts);
        else expect(codes).toContain(parts[0]);
      });
    });
  }

  const b64Files = CORPUS_DIR ? fs.readdirSync(dir).filter((f) => f.endsWith('.b64')) : [];
  for (const file of b64Files) {
    it(`${file} decodes to the same snapshot as its .xml`, async () => {
      const [fromB64] = await extractResponses(read(file), { inflateRaw });
      expect(['base64', 'deflate']).toContain(fromB64.capture.source);
      const [fromXml] = await extractResponses(read(file.replace(/\.b64$/, '.xml')), { inflateRaw });
      expect(await snapshotOf(fromB64.xml)).toEqual(await snapshotOf(fromXml.xml));
    });
  }
});
