package dev.evtlint.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.evtlint.model.CommandTagFacts.CommandTag;
import dev.evtlint.model.CommandTagFacts.ObjectClass;
import org.junit.jupiter.api.Test;

class CommandTagFactsTest {

    @Test
    void holdsTheTagsOfPostgreSql17And18() {
        assertEquals(192, CommandTagFacts.all().size());
        assertEquals(124, CommandTagFacts.all().stream().filter(CommandTag::eventTriggerOk).count());
        assertEquals(3, CommandTagFacts.all().stream().filter(CommandTag::tableRewriteOk).count());
    }

    @Test
    void looksUpLikeGetCommandTagEnum() {
        assertEquals("CREATE TABLE", CommandTagFacts.lookUp("create Table").orElseThrow().name());
        assertTrue(CommandTagFacts.lookUp("CREATE  TABLE").isEmpty(), "spacing is exact");
        assertTrue(CommandTagFacts.lookUp("???").isEmpty(), "the placeholder is no tag");
        assertTrue(CommandTagFacts.lookUp("").isEmpty());
        // Only ASCII letters fold: the dotless i does not become I as in Java's toUpperCase.
        assertTrue(CommandTagFacts.lookUp("L\u0131STEN").isEmpty());
    }

    @Test
    void classifiesObjectsAndVersions() {
        assertEquals(ObjectClass.SHARED, CommandTagFacts.lookUp("GRANT ROLE").orElseThrow().objectClass());
        assertEquals(ObjectClass.EVENT_TRIGGER, CommandTagFacts.lookUp("DROP EVENT TRIGGER").orElseThrow().objectClass());
        assertEquals(ObjectClass.OTHER, CommandTagFacts.lookUp("GRANT").orElseThrow().objectClass());
        assertEquals(17, CommandTagFacts.lookUp("REINDEX").orElseThrow().since());
        assertEquals(0, CommandTagFacts.lookUp("CREATE TABLE").orElseThrow().since());
    }

    @Test
    void firingMatrixWithItsVerifiedCorrections() {
        CommandTag createTable = CommandTagFacts.lookUp("CREATE TABLE").orElseThrow();
        assertTrue(createTable.mayFire("ddl_command_end"));
        assertFalse(createTable.mayFire("sql_drop"));
        assertTrue(CommandTagFacts.lookUp("ALTER DOMAIN").orElseThrow().mayFire("sql_drop"), "observed, unlike the doc");
        assertTrue(CommandTagFacts.lookUp("ALTER INDEX").orElseThrow().mayFire("ddl_command_start"), "missing from the doc");
        assertTrue(CommandTagFacts.lookUp("DROP TRANSFORM").orElseThrow().mayFire("sql_drop"), "not verified counts as may");
        assertFalse(CommandTagFacts.lookUp("CREATE CONSTRAINT").orElseThrow().mayFire("ddl_command_end"), "never produced");
        assertFalse(CommandTagFacts.lookUp("LOGIN").orElseThrow().mayFire("ddl_command_start"));
    }
}
