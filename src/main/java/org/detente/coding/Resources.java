package org.detente.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the coder's tab-separated resource files: comments and a header skipped. */
public final class Resources {

    /** One data row of a resource file, with its line number for the audit trail. */
    public record Row(String resource, int line, String[] fields) {
        String location() {
            return resource + ":" + line;
        }
    }

    private Resources() {
    }

    static List<Row> read(String resource, int columns) {
        try (InputStream in = Resources.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("coder resource " + resource + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Row> rows = new ArrayList<>();
            boolean header = true;
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] fields = line.split("\t");
                if (fields.length != columns) {
                    throw new IllegalStateException(resource + ":" + number + ": expected " + columns
                            + " tab-separated columns, found " + fields.length);
                }
                rows.add(new Row(resource, number, fields));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
