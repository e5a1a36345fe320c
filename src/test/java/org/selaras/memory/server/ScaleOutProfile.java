package org.selaras.memory.server;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.List;

/** The scale-out mode on a real OpenSearch node ({@link OpenSearchNode}). */
public class ScaleOutProfile implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OpenSearchNode.class));
    }
}
