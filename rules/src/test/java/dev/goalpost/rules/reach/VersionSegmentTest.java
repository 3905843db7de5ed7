package dev.goalpost.rules.reach;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VersionSegmentTest {

    @Test
    void aSegmentNamesItsMajorVersion() {
        assertThat(VersionSegment.major("/v2/orders")).isEqualTo(2);
        assertThat(VersionSegment.major("/api/v1.1")).isEqualTo(1);
        assertThat(VersionSegment.major("/V3")).isEqualTo(3);
        assertThat(VersionSegment.major("v10/things")).isEqualTo(10);
    }

    @Test
    void aStabilitySuffixKeepsTheMajorVersion() {
        assertThat(VersionSegment.major("/v4beta")).isEqualTo(4);
        assertThat(VersionSegment.major("/apis/batch/v1beta1/jobs")).isEqualTo(1);
        assertThat(VersionSegment.major("/v1p1beta1/images")).isEqualTo(1);
    }

    @Test
    void aBareNumberBeforeTheLastSegmentNamesItsMajorVersion() {
        assertThat(VersionSegment.major("/api/1.0/messages")).isEqualTo(1);
        assertThat(VersionSegment.major("/2.0/users/{username}")).isEqualTo(2);
        assertThat(VersionSegment.major("/3/action/package_list")).isEqualTo(3);
    }

    @Test
    void aServerPathNamesItsVersionInAnySegment() {
        assertThat(VersionSegment.server("/2.0")).isEqualTo(2);
        assertThat(VersionSegment.server("/api.xro/2.0")).isEqualTo(2);
        assertThat(VersionSegment.server("/api/1")).isEqualTo(1);
        assertThat(VersionSegment.server("/v4beta")).isEqualTo(4);
    }

    @Test
    void identifiersYearsAndFileVersionsAreNoVersion() {
        assertThat(VersionSegment.major("/tasks/0")).isEqualTo(-1);
        assertThat(VersionSegment.major("/orders/{id}/2/lines")).isEqualTo(-1);
        assertThat(VersionSegment.major("/reports/2024/summary")).isEqualTo(-1);
        assertThat(VersionSegment.major("/chart.js/2.8.0")).isEqualTo(-1);
        assertThat(VersionSegment.server("/2024")).isEqualTo(-1);
    }

    @Test
    void aNameThatEndsInItsVersionNamesIt() {
        assertThat(VersionSegment.major("/api-v2/orders")).isEqualTo(2);
        assertThat(VersionSegment.server("/rest-service/projects-v1")).isEqualTo(1);
        assertThat(VersionSegment.server("/NamSorAPIv2")).isEqualTo(2);
        assertThat(VersionSegment.major("/security/alerts_v2")).isEqualTo(-1);
        assertThat(VersionSegment.major("/dev2/orders")).isEqualTo(-1);
    }

    @Test
    void wordsThatStartWithVAreNoVersion() {
        assertThat(VersionSegment.major("/videos/{id}")).isEqualTo(-1);
        assertThat(VersionSegment.major("/v/orders")).isEqualTo(-1);
        assertThat(VersionSegment.major("/v2x/orders")).isEqualTo(-1);
        assertThat(VersionSegment.major("")).isEqualTo(-1);
    }
}
