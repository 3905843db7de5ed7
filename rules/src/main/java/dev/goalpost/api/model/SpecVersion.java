package dev.goalpost.api.model;

/** The OpenAPI version a document declares, as far as the rules need to know it. */
public enum SpecVersion {
    SWAGGER_2_0,
    OPENAPI_3_0,
    OPENAPI_3_1,
    OPENAPI_3_2;

    public boolean isSwagger2() {
        return this == SWAGGER_2_0;
    }

    /** 3.1 and later: JSON Schema 2020-12, {@code webhooks}, {@code type} arrays. */
    public boolean atLeast31() {
        return this == OPENAPI_3_1 || this == OPENAPI_3_2;
    }

    /**
     * Reads the declared version text; null when it names no version Goalpost knows. Later 3.x minors are read
     * as the newest known one.
     */
    public static SpecVersion of(String openapi, String swagger) {
        if (openapi != null) {
            if (openapi.startsWith("3.0")) {
                return OPENAPI_3_0;
            }
            if (openapi.startsWith("3.1")) {
                return OPENAPI_3_1;
            }
            if (openapi.startsWith("3.2") || openapi.matches("3\\.\\d+(\\..*)?")) {
                return OPENAPI_3_2;
            }
            return null;
        }
        if (swagger != null) {
            return swagger.equals("2.0") || swagger.equals("2") ? SWAGGER_2_0 : null;
        }
        return null;
    }
}
