import {
  appendInside,
  applyEdits,
  decodePart,
  decodeXmlBytes,
  encodePart,
  ooxmlString,
  parseXml,
  prefixFor,
  setAttribute,
} from "../../../src/file/opc/xml";

describe("offset-keeping XML patching", () => {
  const doc =
    `<?xml version="1.0"?>\n<!-- note -->\n<x:a xmlns:x="urn:x" xmlns:r="urn:r">` +
    `<x:b attr='1 &gt; 0'>t<![CDATA[<not/>]]></x:b>\n  <x:c/><x:d  count="2" /></x:a>`;
  const root = parseXml(doc, "doc.xml");

  test("element offsets cover exactly the element's text", () => {
    const [b, c, d] = root.children;
    expect(doc.slice(b.start, b.end)).toBe(`<x:b attr='1 &gt; 0'>t<![CDATA[<not/>]]></x:b>`);
    expect(doc.slice(b.closeStart, b.end)).toBe(`</x:b>`);
    expect(doc.slice(c.start, c.end)).toBe(`<x:c/>`);
    expect(doc.slice(d.start, d.end)).toBe(`<x:d  count="2" />`);
    expect(b.attrs[0].value).toBe("1 > 0");
    expect([root.local, root.uri, root.prefix]).toEqual(["a", "urn:x", "x"]);
  });

  test("appending inside an element, also a self-closing one, keeps everything else", () => {
    const [b, c] = root.children;
    const out = applyEdits(doc, [
      appendInside(root, "<x:e/>"),
      appendInside(c, "<x:f/>"),
      appendInside(b, "!"),
    ]);
    expect(out).toBe(
      `<?xml version="1.0"?>\n<!-- note -->\n<x:a xmlns:x="urn:x" xmlns:r="urn:r">` +
        `<x:b attr='1 &gt; 0'>t<![CDATA[<not/>]]>!</x:b>\n  <x:c><x:f/></x:c><x:d  count="2" /><x:e/></x:a>`
    );
  });

  test("setting an attribute replaces its value or adds it", () => {
    const [b, , d] = root.children;
    const out = applyEdits(doc, [
      setAttribute(doc, d, "count", "3"),
      setAttribute(doc, b, "n", 'a"b'),
    ]);
    expect(out).toContain(`<x:d  count="3" />`);
    expect(out).toContain(`<x:b attr='1 &gt; 0' n="a&quot;b">`);
  });

  test("prefixFor finds an in-scope prefix, not a shadowed one", () => {
    expect(prefixFor(root.children[0], "urn:r")).toBe("r");
    const shadow = parseXml(`<a xmlns:r="urn:r"><b xmlns:r="urn:other"/></a>`, "s.xml");
    expect(prefixFor(shadow.children[0], "urn:r")).toBeUndefined();
    expect(prefixFor(shadow, "urn:r")).toBe("r");
  });

  test("a part that is not well-formed raises an Indonesian error naming it", () => {
    expect(() => parseXml("<a><b></a>", "xl/styles.xml")).toThrow(
      /Bagian "xl\/styles.xml" di dalam berkas bukan XML yang valid/
    );
    expect(() => parseXml(`<a r:id="1"/>`, "xl/workbook.xml")).toThrow(/xl\/workbook.xml/);
  });
});

describe("OOXML strings", () => {
  test("control characters become _xHHHH_, literal escapes are protected, lone surrogates replaced", () => {
    expect(ooxmlString("a\u0001b")).toBe("a_x0001_b");
    expect(ooxmlString("_x0041_")).toBe("_x005F_x0041_");
    expect(ooxmlString("tab\tline\nok")).toBe("tab\tline\nok");
    expect(ooxmlString("x\uD800y")).toBe("x\uFFFDy");
    expect(ooxmlString("emoji \uD83D\uDE00")).toBe("emoji \uD83D\uDE00");
  });
});

describe("part encodings", () => {
  test("UTF-8 with BOM and UTF-16LE parts round-trip byte for byte", () => {
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("<a>é</a>")]);
    const p8 = decodePart(utf8, "a.xml");
    expect(p8.text).toBe("<a>é</a>");
    expect(encodePart(p8)).toEqual(utf8);
    const utf16 = new Uint8Array([0xff, 0xfe, 0x3c, 0, 0x61, 0, 0x2f, 0, 0x3e, 0]);
    const p16 = decodePart(utf16, "b.xml");
    expect(p16.text).toBe("<a/>");
    expect(encodePart({ ...p16, text: "<a/>" })).toEqual(utf16);
  });

  test("reading decodes by the same marks, never throws, and drops the mark", () => {
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("<a>é</a>")]);
    expect(decodeXmlBytes(utf8)).toBe("<a>é</a>");
    expect(decodeXmlBytes(new Uint8Array([0xfe, 0xff, 0, 0x3c, 0, 0x61, 0, 0x2f, 0, 0x3e]))).toBe(
      "<a/>"
    );
    // UTF-16 without a mark is recognised by how "<" is stored.
    expect(decodeXmlBytes(new Uint8Array([0x3c, 0, 0x61, 0, 0x2f, 0, 0x3e, 0]))).toBe("<a/>");
    // A bad byte becomes U+FFFD for reading; the strict decoding for editing refuses it.
    const bad = new Uint8Array([0x3c, 0x61, 0x3e, 0xff, 0x3c, 0x2f, 0x61, 0x3e]);
    expect(decodeXmlBytes(bad)).toBe("<a>\uFFFD</a>");
    expect(() => decodePart(bad, "xl/x.xml")).toThrow(/"xl\/x.xml".*pengodean teks rusak/);
  });
});
