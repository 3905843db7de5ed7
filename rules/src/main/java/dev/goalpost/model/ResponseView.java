package dev.goalpost.model;

import dev.goalpost.api.model.Header;
import dev.goalpost.api.model.Link;
import dev.goalpost.api.model.MediaType;
import dev.goalpost.api.model.Response;
import java.util.List;
import java.util.Map;

/** A response of an operation: the Response Object where it is written, and its headers and media types. */
record ResponseView(String status, TreeNode declaration, TreeNode node, Map<String, Header> headers,
        List<MediaType> mediaTypes, Map<String, Link> links) implements Response {}
