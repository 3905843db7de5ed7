package dev.goalpost.model;

import java.util.List;
import java.util.Map;

/**
 * One response of an operation (after {@code $ref}).
 *
 * @param status the status code as written ({@code 200}, {@code 4XX}, {@code default})
 * @param node the Response Object, where it is written
 * @param headers the declared headers by name as written, each resolved
 * @param mediaTypes the media types of its content (2.0: {@code produces} when the response has a schema)
 */
public record Response(String status, SpecNode node, Map<String, Header> headers, List<MediaType> mediaTypes) {

    /** A 2xx status ({@code 200}, {@code 204}, {@code 2XX}). */
    public boolean isSuccess() {
        return status.length() == 3 && status.charAt(0) == '2';
    }

    /** A 4xx or 5xx status (including {@code 4XX}). */
    public boolean isError() {
        return status.length() == 3 && (status.charAt(0) == '4' || status.charAt(0) == '5');
    }

    public boolean isDefault() {
        return status.equals("default");
    }

    /** The header of that name, compared case-insensitively, or null. */
    public Header header(String name) {
        for (Map.Entry<String, Header> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(name)) {
                return header.getValue();
            }
        }
        return null;
    }

    public boolean hasHeader(String name) {
        return header(name) != null;
    }

    /** The first JSON media type, or null. */
    public MediaType json() {
        for (MediaType media : mediaTypes) {
            if (media.isJson()) {
                return media;
            }
        }
        return null;
    }
}
