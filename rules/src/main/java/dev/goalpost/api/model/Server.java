package dev.goalpost.api.model;

import java.util.List;

/**
 * A server URL the API is served from. For Swagger 2.0 it is built from {@code schemes}, {@code host} and
 * {@code basePath}, and {@link #node()} is the {@code host} member (the {@code basePath} member when there is no
 * {@code host}).
 */
public interface Server extends SpecElement {

    /** One value a server variable may take ({@code enum}), and the server it makes with the others at default. */
    record Variant(String variable, SpecNode value, Server server) {}

    /** The URL with server variables replaced by their defaults. */
    String url();

    String description();

    /** The scheme, lower case, or null for a relative URL. */
    String scheme();

    /** The host name, lower case (IPv6 without brackets), or null for a relative URL. */
    String host();

    /** The path part of the URL ({@code /v1} for {@code https://api.example.com/v1}). */
    String path();

    default boolean isAbsolute() {
        return scheme() != null;
    }

    /**
     * Whether the host is this machine: {@code localhost} (and names under it), {@code 127.0.0.0/8}, or {@code ::1}
     * in any spelling.
     */
    boolean isLoopback();

    /** Where the URL's scheme is written: the {@code url} (3.x), or in Swagger 2.0 the matching {@code schemes}. */
    SpecNode schemeNode();

    /** Where the URL's path is written: the {@code url} (3.x), or in Swagger 2.0 the {@code basePath}. */
    SpecNode pathNode();

    /** This server with variable {@code name} set to {@code value}, the others at default (itself in 2.0). */
    Server withVariable(String name, String value);

    /** Every value each variable's {@code enum} offers, in written order (default values included). */
    List<Variant> variants();

    /** An extension ({@code x-...}) written on the Server Object, or null (and always null in Swagger 2.0). */
    default SpecNode extension(String name) {
        return node().isObject() ? node().get(name) : null;
    }
}
