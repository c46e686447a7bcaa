package nianbao.desk;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.util.List;

/** The {@code file} parts of a multipart request, or a {@link DeskError} saying in Chinese why there are none. */
final class Uploads {

    private Uploads() {
    }

    static List<UploadedFile> files(Context ctx) {
        if (!ctx.isMultipartFormData()) {
            throw DeskError.badRequest("请以 multipart/form-data 上传文件（表单字段名 file）");
        }
        List<UploadedFile> files;
        try {
            files = ctx.uploadedFiles("file");
        } catch (Exception e) {
            throw tooLargeOrBroken(e);
        }
        if (files.isEmpty()) {
            throw DeskError.badRequest("请求中没有文件（表单字段名应为 file）");
        }
        return files;
    }

    /** One file part exactly. */
    static UploadedFile one(Context ctx) {
        List<UploadedFile> files = files(ctx);
        if (files.size() != 1) {
            throw DeskError.badRequest("请一次上传一个文件，收到了 " + files.size() + " 个");
        }
        return files.get(0);
    }

    /** Jetty refuses a part or a request past the multipart limits with an exception whose text says so. */
    private static DeskError tooLargeOrBroken(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String text = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (text.contains("exceed") || text.contains("too large") || text.contains("max")) {
                return DeskError.tooLarge("上传的文件太大：每个文件最多 " + UploadLimits.megabytes(UploadLimits.MAX_FILE_BYTES)
                        + "，一次最多 " + UploadLimits.megabytes(UploadLimits.MAX_REQUEST_BYTES) + "，未接收；请分几次上传");
            }
        }
        return DeskError.badRequest("上传的内容不完整或格式不对，未接收；请重新上传");
    }
}
