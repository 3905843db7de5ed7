package dev.goalpost.report;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * XML (and XHTML-syntax HTML) written through the JDK's {@link XMLStreamWriter}, which escapes markup; this adds
 * what it leaves out: characters XML 1.0 cannot hold become U+FFFD, line breaks inside attributes become spaces
 * (a parser would turn them into spaces anyway), and optional two-space indentation so reports diff well.
 */
final class XmlOutput implements Closeable {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final Writer writer;
    private final XMLStreamWriter xml;
    private final boolean indent;
    /** Per open element: whether it has child elements, so its end tag goes on a line of its own. */
    private final Deque<boolean[]> open = new ArrayDeque<>();

    private XmlOutput(OutputStream out, boolean indent) throws IOException {
        this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        this.indent = indent;
        try {
            this.xml = FACTORY.createXMLStreamWriter(writer);
        } catch (XMLStreamException e) {
            throw new IOException("cannot write XML: " + e.getMessage(), e);
        }
    }

    /** An indented XML document with its declaration. */
    static XmlOutput document(OutputStream out) throws IOException {
        XmlOutput output = new XmlOutput(out, true);
        output.call(() -> output.xml.writeStartDocument("UTF-8", "1.0"));
        return output;
    }

    /** An HTML document in XML syntax, unindented (indentation would show inside {@code <pre>}). */
    static XmlOutput html(OutputStream out) throws IOException {
        XmlOutput output = new XmlOutput(out, false);
        output.raw("<!DOCTYPE html>\n");
        return output;
    }

    XmlOutput start(String name) throws IOException {
        beforeChild();
        call(() -> xml.writeStartElement(name));
        open.push(new boolean[1]);
        return this;
    }

    /** An element without content; attributes may follow until the next element or text. */
    XmlOutput empty(String name) throws IOException {
        beforeChild();
        call(() -> xml.writeEmptyElement(name));
        return this;
    }

    XmlOutput attribute(String name, String value) throws IOException {
        call(() -> xml.writeAttribute(name, attributeText(value)));
        return this;
    }

    XmlOutput attribute(String name, long value) throws IOException {
        return attribute(name, Long.toString(value));
    }

    XmlOutput text(String value) throws IOException {
        call(() -> xml.writeCharacters(textContent(value == null ? "" : value)));
        return this;
    }

    /** Starts an element, writes its text and ends it. */
    XmlOutput element(String name, String value) throws IOException {
        return start(name).text(value).end();
    }

    XmlOutput end() throws IOException {
        boolean[] hasChildren = open.pop();
        call(() -> {
            if (indent && hasChildren[0]) {
                xml.writeCharacters("\n" + "  ".repeat(open.size()));
            }
            xml.writeEndElement();
        });
        return this;
    }

    /** A line break between blocks of unindented output, for people reading the source. */
    XmlOutput newline() throws IOException {
        call(() -> xml.writeCharacters("\n"));
        return this;
    }

    /** One step of the stream writer, whose checked exception becomes an {@link IOException}. */
    @FunctionalInterface
    private interface Step {
        void run() throws XMLStreamException;
    }

    private void call(Step step) throws IOException {
        try {
            step.run();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write XML: " + e.getMessage(), e);
        }
    }

    private void beforeChild() throws IOException {
        if (!open.isEmpty()) {
            open.peek()[0] = true;
        }
        if (indent) {
            call(() -> xml.writeCharacters("\n" + "  ".repeat(open.size())));
        }
    }

    private void raw(String text) throws IOException {
        call(() -> xml.flush());
        writer.write(text);
    }

    /** Ends open elements, adds a final line break and flushes; the underlying stream stays open. */
    @Override
    public void close() throws IOException {
        while (!open.isEmpty()) {
            end();
        }
        call(() -> {
            xml.writeEndDocument();
            xml.flush();
        });
        writer.write('\n');
        writer.flush();
    }

    /** Text content: line ends normalised to {@code \n} (parsers do that too), unrepresentable characters replaced. */
    static String textContent(String value) {
        return valid(value.replace("\r\n", "\n").replace('\r', '\n'));
    }

    /** Attribute values: one line, unrepresentable characters replaced. */
    static String attributeText(String value) {
        if (value == null) {
            return "";
        }
        return valid(value.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').replace('\t', ' '));
    }

    /** Replaces what XML 1.0 cannot contain (control characters, lone surrogates, U+FFFE/U+FFFF) with U+FFFD. */
    static String valid(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean ok;
            int width = 1;
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                ok = true;
                width = 2;
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
            }
            if (!ok && out == null) {
                out = new StringBuilder(value.length()).append(value, 0, i);
            }
            if (out != null) {
                if (ok) {
                    out.append(value, i, i + width);
                } else {
                    out.append('\uFFFD');
                }
            }
            i += width - 1;
        }
        return out == null ? value : out.toString();
    }
}
