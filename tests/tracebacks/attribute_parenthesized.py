x = (1.5).is_integr()
