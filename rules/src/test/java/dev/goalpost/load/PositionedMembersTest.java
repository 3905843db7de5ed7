package dev.goalpost.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.IntNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Large objects are looked up through an index built on first use; it must agree with the members as they change. */
class PositionedMembersTest {

    @Test
    void largeObjectsFindEveryMemberAndNoOther() {
        PositionedMembers members = new PositionedMembers();
        for (int i = 0; i < 100; i++) {
            assertThat(members.putPositioned("k" + i, IntNode.valueOf(i), Position.pack(i + 1, 3), -1)).isEqualTo(-1);
        }
        for (int i = 0; i < 100; i++) {
            assertThat(members.get("k" + i)).isEqualTo(IntNode.valueOf(i));
            assertThat(members.keyPosition("k" + i)).isEqualTo(new Position(i + 1, 3));
        }
        assertThat(members.get("k100")).isNull();
        assertThat(members.containsKey("")).isFalse();
        // A repeated key is found through the index and reported with the first one's place.
        assertThat(members.putPositioned("k50", IntNode.valueOf(-1), Position.pack(200, 1), -1))
                .isEqualTo(Position.pack(51, 3));
        assertThat(members.size()).isEqualTo(100);
        assertThat(members.get("k50")).isEqualTo(IntNode.valueOf(-1));
    }

    @Test
    void indexFollowsMembersAddedAndRemovedAfterItWasBuilt() {
        PositionedMembers members = new PositionedMembers();
        for (int i = 0; i < 9; i++) {
            members.putPositioned("k" + i, IntNode.valueOf(i), -1, -1);
        }
        assertThat(members.get("k8")).isEqualTo(IntNode.valueOf(8)); // builds the index (room for 16)
        for (int i = 9; i < 40; i++) {
            members.put("k" + i, IntNode.valueOf(i)); // grows past the index's room
            assertThat(members.get("k" + i)).isEqualTo(IntNode.valueOf(i));
        }
        members.remove("k3");
        assertThat(members.get("k3")).isNull();
        assertThat(members.get("k4")).isEqualTo(IntNode.valueOf(4));
        List<String> keys = new ArrayList<>(members.keySet());
        assertThat(keys).hasSize(39).startsWith("k0", "k1", "k2", "k4").endsWith("k39");
        for (int i = 0; i < 39; i++) {
            assertThat(members.keyAt(i)).isEqualTo(keys.get(i));
            assertThat(members.get(keys.get(i))).isSameAs(members.valueAt(i));
        }
    }
}
