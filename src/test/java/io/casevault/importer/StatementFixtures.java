package io.casevault.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small statements in each wallet's layout, written by the tests themselves (never copied from a corpus). */
public final class StatementFixtures {
    public static final Charset GB18030 = Charset.forName("GB18030");
    public static final String ALIPAY_HEADER = "交易时间            ,交易分类                ,交易对方                ,对方账号"
            + "                ,商品说明                ,收/支                 ,金额                  ,收/付款方式              ,"
            + "交易状态                ,交易订单号     ,商家订单号           ,备注                  ,";
    public static final String WECHAT_HEADER = "交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注";

    private StatementFixtures() {
    }

    /** Alipay's app export: GB18030, preamble ending at the dashed 电子客户回单 line, padded cells, tab-ended IDs. */
    public static String alipayApp(List<String> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("------------------------------------------------------------------------------------\n");
        sb.append("导出信息：\n姓名：测试\n支付宝账户：test@example.com\n起始时间：[2024-03-01 00:00:00]    终止时间：[2024-03-31 23:59:59]\n");
        sb.append("导出交易类型：[全部]\n共").append(rows.size()).append("笔记录\n\n特别提示：\n1.本回单内容可表明支付宝受理了相应支付交易申请；\n\n");
        sb.append("------------------------支付宝（中国）网络技术有限公司  电子客户回单------------------------\n");
        sb.append(ALIPAY_HEADER).append('\n');
        rows.forEach(r -> sb.append(r).append('\n'));
        return sb.toString();
    }

    /** One padded Alipay app row; IDs end in a tab as the real export does. */
    public static String alipayRow(String time, String category, String counterparty, String item, String dir,
                                   String amount, String status, String id) {
        return pad(time, 20) + "," + pad(category, 20) + "," + pad(counterparty, 20) + "," + pad("/", 20) + ","
                + pad(item, 20) + "," + pad(dir, 20) + "," + pad(amount, 20) + "," + pad("余额", 20) + ","
                + pad(status, 20) + "," + id + "\t," + "M" + id + "\t," + pad("", 20) + ",";
    }

    public static String pad(String s, int width) {
        return s + " ".repeat(Math.max(1, width - s.length()));
    }

    /** WeChat Pay's CSV: optional BOM, 16-line preamble, CRLF line ends. */
    public static byte[] weChatCsv(List<String> rows, boolean bom) {
        StringBuilder sb = new StringBuilder();
        String[] preamble = {"微信支付账单明细", "微信昵称：[测试]", "起始时间：[2024-03-01 00:00:00] 终止时间：[2024-03-31 23:59:59]",
            "导出类型：[全部]", "导出时间：[2024-04-01 10:00:00]", "", "共" + rows.size() + "笔记录", "收入：1笔 10.00元",
            "支出：2笔 1234.50元", "中性交易：1笔 100.00元", "注：", "1. 充值/提现/理财通购买/零钱通存取/信用卡还款等交易，将计入中性交易",
            "2. 本明细仅展示当前账单中的交易，不包括已删除的记录", "3. 本明细仅供个人对账使用", "",
            "----------------------微信支付账单明细列表--------------------"};
        for (String p : preamble) {
            sb.append(p).append(",,,,,,,,,,\r\n");
        }
        sb.append(WECHAT_HEADER).append("\r\n");
        rows.forEach(r -> sb.append(r).append("\r\n"));
        byte[] body = sb.toString().getBytes(StandardCharsets.UTF_8);
        if (!bom) {
            return body;
        }
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    /** A minimal .xlsx (inline strings; amounts as numbers) holding the given rows on its first sheet. */
    public static byte[] xlsx(List<List<Object>> rows) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\""
                    + "application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
                    + "ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override "
                    + "PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-"
                    + "officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
                    + "schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\""
                    + "xl/workbook.xml\"/></Relationships>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas."
                    + "openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/>"
                    + "</sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns="
                    + "\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
                    + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                    + "Target=\"worksheets/sheet1.xml\"/></Relationships>");
            StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                    + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            for (int r = 0; r < rows.size(); r++) {
                sheet.append("<row r=\"").append(r + 1).append("\">");
                List<Object> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    String ref = (char) ('A' + c) + String.valueOf(r + 1);
                    Object v = cells.get(c);
                    if (v instanceof Number) {
                        sheet.append("<c r=\"").append(ref).append("\"><v>").append(v).append("</v></c>");
                    } else {
                        sheet.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t>")
                                .append(String.valueOf(v).replace("&", "&amp;").replace("<", "&lt;"))
                                .append("</t></is></c>");
                    }
                }
                sheet.append("</row>");
            }
            put(zip, "xl/worksheets/sheet1.xml", sheet.append("</sheetData></worksheet>").toString());
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    public static Path write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        return Files.write(file, bytes);
    }
}
