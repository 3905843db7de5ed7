package dev.goalpost.engine;

import dev.goalpost.api.Vocabulary;
import java.lang.annotation.Annotation;
import java.util.Arrays;

/**
 * A {@link Vocabulary} given as values rather than read from a class: {@link BuiltInRules} describes the built-in
 * rules without parsing their annotations (which builds a proxy class per annotation type on first use). Equal to
 * any Vocabulary with the same values, as {@link Annotation#equals} asks.
 */
public final class VocabularyValues implements Vocabulary {

    private final String[] members;
    private final String[] headers;
    private final String[] responseHeaders;
    private final String[] responses;
    private final String missing;
    private final String advice;

    public VocabularyValues(String[] members, String[] headers, String[] responseHeaders, String[] responses, String missing,
            String advice) {
        this.members = members;
        this.headers = headers;
        this.responseHeaders = responseHeaders;
        this.responses = responses;
        this.missing = missing;
        this.advice = advice;
    }

    @Override
    public String[] members() {
        return members.clone();
    }

    @Override
    public String[] headers() {
        return headers.clone();
    }

    @Override
    public String[] responseHeaders() {
        return responseHeaders.clone();
    }

    @Override
    public String[] responses() {
        return responses.clone();
    }

    @Override
    public String missing() {
        return missing;
    }

    @Override
    public String advice() {
        return advice;
    }

    @Override
    public Class<? extends Annotation> annotationType() {
        return Vocabulary.class;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Vocabulary that && Arrays.equals(members, that.members())
                && Arrays.equals(headers, that.headers()) && Arrays.equals(responseHeaders, that.responseHeaders())
                && Arrays.equals(responses, that.responses()) && missing.equals(that.missing())
                && advice.equals(that.advice());
    }

    /** As {@link Annotation#hashCode} defines it, so that it equals the hash of the annotation it stands for. */
    @Override
    public int hashCode() {
        return (127 * "members".hashCode() ^ Arrays.hashCode(members))
                + (127 * "headers".hashCode() ^ Arrays.hashCode(headers))
                + (127 * "responseHeaders".hashCode() ^ Arrays.hashCode(responseHeaders))
                + (127 * "responses".hashCode() ^ Arrays.hashCode(responses))
                + (127 * "missing".hashCode() ^ missing.hashCode())
                + (127 * "advice".hashCode() ^ advice.hashCode());
    }

    @Override
    public String toString() {
        return "@" + Vocabulary.class.getName() + "(members=" + Arrays.toString(members) + ", headers="
                + Arrays.toString(headers) + ", responseHeaders=" + Arrays.toString(responseHeaders) + ", responses="
                + Arrays.toString(responses) + ", missing=" + missing + ", advice=" + advice + ")";
    }
}
