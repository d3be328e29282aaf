"""政府信息公开工作年度报告 (the statutory annual report and its validator)."""
