package dev.goalpost.api.model;

import java.util.List;
import java.util.Map;

/** One response of an operation (after {@code $ref}). */
public interface Response extends SpecElement {

    /** The status code as written ({@code 200}, {@code 4XX}, {@code default}). */
    String status();

    /** The declared headers by name as written, each resolved. */
    Map<String, Header> headers();

    /** The media types of its content (2.0: {@code produces} when the response has a schema). */
    List<MediaType> mediaTypes();

    /** Its links by name as written, each resolved (OpenAPI 3; empty in Swagger 2.0). */
    Map<String, Link> links();

    /** A 2xx status ({@code 200}, {@code 204}, {@code 2XX}). */
    default boolean isSuccess() {
        return status().length() == 3 && status().charAt(0) == '2';
    }

    /** A 4xx or 5xx status (including {@code 4XX}). */
    default boolean isError() {
        return status().length() == 3 && (status().charAt(0) == '4' || status().charAt(0) == '5');
    }

    default boolean isDefault() {
        return status().equals("default");
    }

    /** The header of that name, compared case-insensitively, or null. */
    default Header header(String name) {
        for (Map.Entry<String, Header> header : headers().entrySet()) {
            if (header.getKey().equalsIgnoreCase(name)) {
                return header.getValue();
            }
        }
        return null;
    }

    default boolean hasHeader(String name) {
        return header(name) != null;
    }

    /** The first JSON media type, or null. */
    default MediaType json() {
        for (MediaType media : mediaTypes()) {
            if (media.isJson()) {
                return media;
            }
        }
        return null;
    }
}
