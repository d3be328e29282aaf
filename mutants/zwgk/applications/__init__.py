"""依申请公开 (applications under the statutory clock)."""
