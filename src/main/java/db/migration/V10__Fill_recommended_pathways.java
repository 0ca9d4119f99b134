package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Fills {@code assessment.recommended} for advices stored before V9, from the stored advice itself:
 * the codes of the pathways it recommended, written ",CODE,CODE,". Rows are read and written once.
 */
public class V10__Fill_recommended_pathways extends BaseJavaMigration {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void migrate(Context context) throws Exception {
        Map<Object, String> recommended = new LinkedHashMap<>();
        try (Statement select = context.getConnection().createStatement();
             ResultSet rows = select.executeQuery("SELECT id, advice FROM assessment WHERE recommended IS NULL")) {
            while (rows.next()) {
                recommended.put(rows.getObject("id"), codes(rows.getString("advice")));
            }
        }
        try (PreparedStatement update = context.getConnection().prepareStatement(
                "UPDATE assessment SET recommended = ? WHERE id = ?")) {
            for (Map.Entry<Object, String> row : recommended.entrySet()) {
                update.setString(1, row.getValue());
                update.setObject(2, row.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    static String codes(String advice) throws Exception {
        StringBuilder codes = new StringBuilder(",");
        for (JsonNode pathway : JSON.readTree(advice).path("decision").path("pathways")) {
            if ("RECOMMENDED".equals(pathway.path("status").asText())) {
                codes.append(pathway.path("code").asText()).append(',');
            }
        }
        return codes.toString();
    }
}
